using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Domain.Changes;

namespace ItsmOrleans.Web.Apis;

/// <summary>The body of PATCH /api/changes/{id}: only the fields sent change.</summary>
public sealed record UpdateChangeRequest(
    string? Title = null,
    string? Description = null,
    string? ServiceId = null,
    string? Impact = null,
    string? ImplementationPlan = null,
    string? BackoutPlan = null,
    string? TestPlan = null,
    IReadOnlyList<AlternativeRequest?>? Alternatives = null,
    string? Implementer = null,
    ChangeWindowRequest? Window = null,
    RiskAnswersRequest? RiskAnswers = null,
    int? Version = null) : IVersionedRequest
{
    public UpdateChange ToCommand()
    {
        var errors = new FieldErrors();
        var command = new UpdateChange(
            Title, Description, ServiceId, Impact, ImplementationPlan, BackoutPlan, TestPlan, ChangeRequestParts.Alternatives(Alternatives),
            Implementer, ChangeRequestParts.Window(errors, Window), ChangeRequestParts.Answers(errors, RiskAnswers));
        RequestValidation.ThrowIfInvalid(errors, () =>
        {
            if (!errors.Any || command != new UpdateChange())
            {
                ChangeRules.Validate(command);
            }
        });
        return command;
    }
}
