using ItsmOrleans.Contracts.Boards;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Naming;
using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Domain.Incidents;

namespace ItsmOrleans.Grains.Incidents;

/// <summary>Records SLA threshold events on an incident exactly once each, in order.</summary>
public static class SlaEventRecorder
{
    /// <summary>Adds the events not yet recorded to the state and returns the feed line of the most severe one, or null when all were known.</summary>
    public static BoardActivityDraft? Record(IncidentState state, IReadOnlyList<SlaEvent> events, SlaClockView clock, DateTimeOffset now)
    {
        var recorded = clock.Kind == SlaClockKind.Response ? state.ResponseEventsRecorded : state.ResolutionEventsRecorded;
        var fresh = events.Where(e => e.Clock == clock.Kind && e.Sequence > recorded).OrderBy(e => e.Sequence).ToList();
        if (fresh.Count == 0)
        {
            return null;
        }

        foreach (var slaEvent in fresh)
        {
            var name = $"sla.{WireName.Of(slaEvent.Clock)}";
            state.History.Add(new HistoryEntry(
                state.History.Count + 1,
                state.Version,
                slaEvent.ReachedAt,
                "sla",
                HistoryKind.SlaThresholdReached,
                [new FieldChange(name, null, WireName.Of(slaEvent.Level))],
                Describe(slaEvent)));
        }

        if (clock.Kind == SlaClockKind.Response)
        {
            state.ResponseEventsRecorded = fresh[^1].Sequence;
        }
        else
        {
            state.ResolutionEventsRecorded = fresh[^1].Sequence;
        }

        var current = clock.Kind == SlaClockKind.Response ? state.ResponseClock : state.ResolutionClock;
        if (current is null || current.AsOf <= clock.AsOf)
        {
            if (clock.Kind == SlaClockKind.Response)
            {
                state.ResponseClock = clock;
            }
            else
            {
                state.ResolutionClock = clock;
            }
        }

        state.Revision++;
        state.UpdatedAt = now;
        return new BoardActivityDraft(ActivityKind.SlaThreshold, Describe(fresh[^1]));
    }

    public static string Describe(SlaEvent slaEvent) => slaEvent.Level switch
    {
        SlaLevel.Breach => $"{slaEvent.Clock} SLA breached",
        _ => $"{slaEvent.Clock} SLA at {(int)slaEvent.Level}% ({WireName.Of(slaEvent.Level)})",
    };
}
