namespace ItsmOrleans.Contracts.Alerts;

/// <summary>The incident that handles an alert.</summary>
[GenerateSerializer, Immutable, Alias("itsm.AlertIncident")]
public sealed record AlertIncident(Guid Id, string Number);
