using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Domain.Changes;

namespace ItsmOrleans.Web.Apis;

/// <summary>The body of POST /api/changes/{id}/transitions.</summary>
public sealed record MoveChangeRequest(string? To, string? Outcome = null, string? Notes = null, string? OverrideReason = null, int? Version = null)
    : IVersionedRequest
{
    public MoveChange ToCommand()
    {
        var errors = new FieldErrors();
        var to = EnumText.Parse<ChangeStatus>(errors, "to", To, required: true);
        var command = new MoveChange(to ?? ChangeStatus.New, EnumText.Parse<ChangeOutcome>(errors, "outcome", Outcome, required: false), Notes, OverrideReason);
        RequestValidation.ThrowIfInvalid(errors, () => ChangeRules.Validate(command));
        return command;
    }
}
