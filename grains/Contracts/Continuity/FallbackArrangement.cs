namespace ItsmOrleans.Contracts.Continuity;

/// <summary>Where the service runs while the normal arrangement is lost (a site, a supplier), and the vendor contract behind it if there is one.</summary>
[GenerateSerializer, Immutable, Alias("itsm.FallbackArrangement")]
public sealed record FallbackArrangement(string Description, string? VendorContractId = null);
