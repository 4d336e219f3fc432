using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.Tickets;
using ItsmOrleans.Domain.Incidents;
using ItsmOrleans.Domain.Tickets;

namespace ItsmOrleans.Grains.Incidents;

/// <summary>How an incident serves its ticket room: the fields and what the room missed of the timeline.</summary>
public sealed partial class IncidentGrain
{
    public Task<TicketTimeline> GetTimeline(Caller caller, int afterSequence, int limit)
    {
        IncidentAccess.EnsureCanSee(caller, State, Id);

        // A client claiming entries that were never written starts again from the whole timeline: a room takes where
        // its first client is as where everyone of its audience is.
        var after = afterSequence > State.History.Count ? 0 : afterSequence;
        var (items, complete) = TimelineSlice.After(
            IncidentAccess.VisibleHistory(caller, State.History), IncidentAccess.VisibleComments(caller, State.Comments), after, limit);
        return Task.FromResult(new TicketTimeline(View(), items, complete));
    }
}
