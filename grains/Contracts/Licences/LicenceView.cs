
namespace ItsmOrleans.Contracts.Licences;

/// <summary>A software licence, its seats and its compliance.</summary>
[GenerateSerializer, Immutable, Alias("itsm.LicenceView")]
public sealed record LicenceView(
    string Id,
    string Product,
    string Vendor,
    int Entitlements,
    IReadOnlyList<LicenceAssignment> Assignments,
    int Used,
    LicenceCompliance Compliance,
    DateOnly? Expires,
    string? Notes,
    int Version);
