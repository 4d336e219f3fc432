using ItsmOrleans.Contracts.Services;
using ItsmOrleans.Domain.Services;

namespace ItsmOrleans.Web.Apis;

/// <summary>The body of PUT /api/services/{id}: the whole definition.</summary>
public sealed record DefineServiceRequest(
    string? Name,
    string? Kind,
    string? Description = null,
    string? Owner = null,
    string? SupportGroup = null,
    int? Criticality = null,
    string? SlaPolicy = null,
    int? Version = null,
    string? EscalationPolicy = null) : IVersionedRequest
{
    public DefineService ToCommand()
    {
        var errors = new FieldErrors();
        var kind = EnumText.Parse<ServiceKind>(errors, "kind", Kind, required: true);
        var command = new DefineService(Name ?? "", kind ?? ServiceKind.Technical, Description, Owner, SupportGroup, Criticality ?? 3, SlaPolicy,
            string.IsNullOrWhiteSpace(EscalationPolicy) ? null : EscalationPolicy.Trim());
        RequestValidation.ThrowIfInvalid(errors, () => ServiceRules.Validate(command));
        return command;
    }
}
