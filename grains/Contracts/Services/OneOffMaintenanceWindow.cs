namespace ItsmOrleans.Contracts.Services;

/// <summary>A maintenance window agreed once, for example for a vendor's upgrade.</summary>
[GenerateSerializer, Immutable, Alias("itsm.OneOffMaintenanceWindow")]
public sealed record OneOffMaintenanceWindow(DateTimeOffset Start, DateTimeOffset End, string? Reason);
