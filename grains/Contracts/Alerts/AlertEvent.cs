namespace ItsmOrleans.Contracts.Alerts;

/// <summary>One monitoring event for an alert, as the PagerDuty Events API v2 describes it.</summary>
/// <param name="Action">trigger, acknowledge or resolve.</param>
/// <param name="Severity">critical, error, warning or info (trigger events).</param>
[GenerateSerializer, Immutable, Alias("itsm.AlertEvent")]
public sealed record AlertEvent(
    string RoutingKey,
    string Action,
    string DedupKey,
    string? Summary,
    string? Source,
    string? Severity,
    DateTimeOffset? Timestamp,
    string? Component,
    string? Group,
    string? Class,
    string? CustomDetails);
