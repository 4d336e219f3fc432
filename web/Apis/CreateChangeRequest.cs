using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Domain.Changes;

namespace ItsmOrleans.Web.Apis;

/// <summary>The body of POST /api/changes.</summary>
public sealed record CreateChangeRequest(
    string? Type,
    string? Title,
    string? Description = null,
    string? ServiceId = null,
    string? TemplateId = null,
    string? Impact = null,
    string? ImplementationPlan = null,
    string? BackoutPlan = null,
    string? TestPlan = null,
    IReadOnlyList<AlternativeRequest?>? Alternatives = null,
    string? Implementer = null,
    ChangeWindowRequest? Window = null,
    RiskAnswersRequest? RiskAnswers = null)
{
    public CreateChange ToCommand()
    {
        var errors = new FieldErrors();
        var type = EnumText.Parse<ChangeType>(errors, "type", Type, required: true);
        var command = new CreateChange(
            type ?? ChangeType.Normal, Title ?? "", Description ?? "", ServiceId, TemplateId, Impact, ImplementationPlan, BackoutPlan, TestPlan,
            ChangeRequestParts.Alternatives(Alternatives), Implementer, ChangeRequestParts.Window(errors, Window), ChangeRequestParts.Answers(errors, RiskAnswers));
        RequestValidation.ThrowIfInvalid(errors, () => ChangeRules.Validate(command));
        return command;
    }
}
