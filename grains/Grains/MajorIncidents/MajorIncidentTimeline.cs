using ItsmOrleans.Contracts.MajorIncidents;

namespace ItsmOrleans.Grains.MajorIncidents;

/// <summary>What happened in a major incident, in order: every entry is numbered after the last.</summary>
public static class MajorIncidentTimeline
{
    public static void Add(MajorIncidentState state, DateTimeOffset at, string actor, TimelineEntryKind kind, string text)
    {
        ArgumentNullException.ThrowIfNull(state);
        state.Timeline.Add(new TimelineEntry(state.Timeline.Count + 1, at, actor, kind, text));
    }
}
