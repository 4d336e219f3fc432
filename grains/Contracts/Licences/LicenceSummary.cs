
namespace ItsmOrleans.Contracts.Licences;

/// <summary>A licence as lists show it; also the shape of the read model.</summary>
[GenerateSerializer, Immutable, Alias("itsm.LicenceSummary")]
public sealed record LicenceSummary(string Id, string Product, string Vendor, int Entitlements, int Used, LicenceCompliance Compliance, DateOnly? Expires, int Version);
