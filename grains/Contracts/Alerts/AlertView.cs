namespace ItsmOrleans.Contracts.Alerts;

/// <summary>An alert: one dedup key of one integration, how often it fired, and the incident that handles it.</summary>
/// <param name="Id">The alert's public id, as lists and boards show it.</param>
/// <param name="Flapping">It opens and resolves repeatedly; its resolves are held until it settles.</param>
[GenerateSerializer, Immutable, Alias("itsm.AlertView")]
public sealed record AlertView(
    Guid Id,
    string DedupKey,
    AlertStatus Status,
    int Count,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    string Summary,
    string Severity,
    string Source,
    string ServiceId,
    Guid? IncidentId,
    string? IncidentNumber,
    string? GroupKey,
    bool Flapping);
