using ItsmOrleans.Contracts.LiveFeeds;

namespace ItsmOrleans.Contracts.Tickets;

/// <summary>Tells the web hosts that a ticket reached a revision, so its open rooms fetch what changed.</summary>
[GenerateSerializer, Immutable, Alias("itsm.TicketTick")]
public sealed record TicketTick(Guid IncidentId, int Revision) : ILiveRecord
{
    string ILiveRecord.LiveKey => IncidentId.ToString("N");

    long ILiveRecord.Revision => Revision;
}
