using ItsmOrleans.Contracts.LiveFeeds;

namespace ItsmOrleans.Contracts.Alerts;

/// <summary>An alert as lists and boards show it.</summary>
/// <param name="Id">The alert's public id (<see cref="AlertIds"/>); never derived back to a routing key.</param>
/// <param name="Count">Trigger events since it opened: one plus every duplicate.</param>
/// <param name="Flapping">It opens and resolves repeatedly; its resolves are held until it settles.</param>
/// <param name="Revision">Bumped by every event; the higher row wins.</param>
[GenerateSerializer, Immutable, Alias("itsm.AlertSummary")]
public sealed record AlertSummary(
    Guid Id,
    string DedupKey,
    string IntegrationName,
    string ServiceId,
    string? GroupKey,
    AlertStatus Status,
    string Severity,
    string Summary,
    string Source,
    int Count,
    bool Flapping,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    Guid? IncidentId,
    string? IncidentNumber,
    long Revision) : ILiveRecord
{
    string ILiveRecord.LiveKey => Id.ToString("N");
}
