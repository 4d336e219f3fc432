using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Domain.Changes;

namespace ItsmOrleans.Web.Apis;

/// <summary>The body of PUT /api/change-catalog/freezes/{id}: the whole freeze.</summary>
public sealed record FreezePeriodRequest(
    string? Name,
    DateTimeOffset? Start,
    DateTimeOffset? End,
    IReadOnlyList<string>? ServiceIds = null,
    string? Reason = null,
    int? Version = null) : IVersionedRequest
{
    public FreezePeriod ToFreeze(string id)
    {
        var errors = new FieldErrors();
        if (Start is null || End is null)
        {
            errors.Add("start", "A freeze needs a start and an end.");
        }

        var freeze = new FreezePeriod(id, Name ?? "", Start ?? ChangeLimits.EarliestDate, End ?? ChangeLimits.EarliestDate.AddDays(1), ServiceIds ?? [], Reason);
        RequestValidation.ThrowIfInvalid(errors, () => ChangeRules.Validate(freeze));
        return freeze;
    }
}
