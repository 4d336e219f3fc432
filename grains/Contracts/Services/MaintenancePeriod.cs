namespace ItsmOrleans.Contracts.Services;

/// <summary>One concrete opening of a maintenance window, as instants.</summary>
[GenerateSerializer, Immutable, Alias("itsm.MaintenancePeriod")]
public sealed record MaintenancePeriod(DateTimeOffset Start, DateTimeOffset End);
