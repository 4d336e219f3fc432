using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.Tickets;
using ItsmOrleans.Grains.Tickets;

namespace ItsmOrleans.Grains.Incidents;

/// <summary>How an incident serves its ticket room: the fields and what the room missed of the timeline.</summary>
public sealed partial class IncidentGrain
{
    public Task<TicketTimeline> GetTimeline(Caller caller, int afterSequence, int limit)
    {
        IncidentAccess.EnsureCanSee(caller, State, Id);
        var (items, complete) = TimelineSlice.After(
            IncidentAccess.VisibleHistory(caller, State.History), IncidentAccess.VisibleComments(caller, State.Comments), afterSequence, limit);
        return Task.FromResult(new TicketTimeline(View(), items, complete));
    }
}
