using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.Tickets;
using ItsmOrleans.Domain.Incidents;
using ItsmOrleans.Domain.Tickets;

namespace ItsmOrleans.Grains.Incidents;

/// <summary>How an incident serves its ticket room: the fields and what the room missed of the timeline, as the caller may see it.</summary>
public static class IncidentTimeline
{
    public static TicketTimeline After(Caller caller, IncidentState state, IncidentView view, int afterSequence, int limit)
    {
        ArgumentNullException.ThrowIfNull(state);

        // A client claiming entries that were never written starts again from the whole timeline: a room takes where
        // its first client is as where everyone of its audience is.
        var after = afterSequence > state.History.Count ? 0 : afterSequence;
        var (items, complete) = TimelineSlice.After(
            IncidentAccess.VisibleHistory(caller, state.History), IncidentAccess.VisibleComments(caller, state.Comments), after, limit);
        return new TicketTimeline(view, items, complete);
    }
}
