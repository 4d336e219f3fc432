namespace ItsmOrleans.Contracts.Vendors;

/// <summary>Creates a third-party (underpinning) contract or changes its terms.</summary>
/// <param name="ServiceIds">The services it supports.</param>
/// <param name="ResponseTarget">The vendor's committed response time, shown on incidents of those services.</param>
/// <param name="ResolutionTarget">The vendor's committed resolution time.</param>
/// <param name="End">The last day the contract covers.</param>
/// <param name="RenewalNoticeDays">How many days before the end the renewal must be decided (the board warns from then).</param>
[GenerateSerializer, Immutable, Alias("itsm.DefineVendorContract")]
public sealed record DefineVendorContract(
    string Vendor,
    string Name,
    IReadOnlyList<string> ServiceIds,
    string? SupportTerms,
    TimeSpan? ResponseTarget,
    TimeSpan? ResolutionTarget,
    DateOnly Start,
    DateOnly End,
    int RenewalNoticeDays);
