using ItsmOrleans.Contracts.LiveFeeds;
using ItsmOrleans.Contracts.Tickets;

namespace ItsmOrleans.Grains.Incidents.Followers;

/// <summary>The live pages: the board row, the ticket rooms (every revision, not held back like rows) and the feed line.</summary>
public sealed class LiveFeedFollower : IIncidentFollower
{
    public Task OnIncidentChanged(IGrainFactory grains, IncidentChanged change)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(change);
        var row = change.Row;
        return grains.Publish([row, new TicketTick(row.Id, row.Revision)], change.Line is { } line ? [line] : []);
    }
}
