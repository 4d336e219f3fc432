namespace ItsmOrleans.Contracts.Licences;

/// <summary>Creates a software licence or changes its terms.</summary>
/// <param name="Entitlements">How many seats the organisation owns.</param>
[GenerateSerializer, Immutable, Alias("itsm.DefineLicence")]
public sealed record DefineLicence(string Product, string Vendor, int Entitlements, DateOnly? Expires = null, string? Notes = null);
