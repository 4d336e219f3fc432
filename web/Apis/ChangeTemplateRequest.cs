using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Domain.Changes;

namespace ItsmOrleans.Web.Apis;

/// <summary>The body of PUT /api/change-catalog/templates/{id}: the whole template.</summary>
public sealed record ChangeTemplateRequest(
    string? Name,
    string? Description = null,
    string? ImplementationPlan = null,
    string? BackoutPlan = null,
    IReadOnlyList<string>? ServiceIds = null,
    TimeSpan? MaxDuration = null,
    int? Version = null) : IVersionedRequest
{
    public ChangeTemplate ToTemplate(string id)
    {
        var template = new ChangeTemplate(id, Name ?? "", Description ?? "", ImplementationPlan ?? "", BackoutPlan ?? "", ServiceIds ?? [],
            MaxDuration ?? TimeSpan.FromHours(4));
        RequestValidation.ThrowIfInvalid(new FieldErrors(), () => ChangeRules.Validate(template));
        return template;
    }
}
