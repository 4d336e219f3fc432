namespace ItsmOrleans.Contracts.Alerts;

/// <summary>An alert that opens (its first trigger, or the first after it resolved), as its group sees it.</summary>
/// <param name="AlertKey">The alert grain's key: "&lt;routing key&gt;/&lt;dedup key&gt;".</param>
/// <param name="Details">What the incident's description says about the alert.</param>
[GenerateSerializer, Immutable, Alias("itsm.AlertOpening")]
public sealed record AlertOpening(string AlertKey, string ServiceId, string Summary, string Details, string Severity);
