using ItsmOrleans.Contracts.LiveFeeds;

namespace ItsmOrleans.Contracts.Tickets;

/// <summary>Everyone in a ticket's room right now; a higher revision replaces a lower one.</summary>
[GenerateSerializer, Immutable, Alias("itsm.TicketPresence")]
public sealed record TicketPresence(Guid IncidentId, long Revision, IReadOnlyList<TicketViewer> Viewers) : ILiveRecord
{
    string ILiveRecord.LiveKey => IncidentId.ToString("N");
}
