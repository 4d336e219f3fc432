namespace ItsmOrleans.Contracts.Vendors;

/// <summary>A vendor contract with its status as of today (UTC).</summary>
[GenerateSerializer, Immutable, Alias("itsm.VendorContractView")]
public sealed record VendorContractView(
    string Id,
    string Vendor,
    string Name,
    IReadOnlyList<string> ServiceIds,
    string? SupportTerms,
    TimeSpan? ResponseTarget,
    TimeSpan? ResolutionTarget,
    DateOnly Start,
    DateOnly End,
    int RenewalNoticeDays,
    VendorContractStatus Status,
    int Version);
