using ItsmOrleans.Contracts.Vendors;

namespace ItsmOrleans.Web.Apis;

/// <summary>The body of PUT /api/vendor-contracts/{id}: the contract's terms.</summary>
public sealed record VendorContractRequest(
    string? Vendor,
    string? Name,
    IReadOnlyList<string>? ServiceIds = null,
    string? SupportTerms = null,
    TimeSpan? ResponseTarget = null,
    TimeSpan? ResolutionTarget = null,
    DateOnly? Start = null,
    DateOnly? End = null,
    int? RenewalNoticeDays = null,
    int? Version = null) : IVersionedRequest
{
    public DefineVendorContract ToDefinition()
    {
        var errors = new FieldErrors();
        if (Start is null)
        {
            errors.Add("start", "'start' is the first day the contract covers, e.g. 2026-01-01.");
        }

        if (End is null)
        {
            errors.Add("end", "'end' is the last day the contract covers, e.g. 2026-12-31.");
        }

        errors.ThrowIfAny();
        return new DefineVendorContract(Vendor ?? "", Name ?? "", ServiceIds ?? [], SupportTerms, ResponseTarget, ResolutionTarget, Start!.Value, End!.Value, RenewalNoticeDays ?? 60);
    }
}
