using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Domain.Changes;

namespace ItsmOrleans.Web.Apis;

/// <summary>The body of POST /api/changes/{id}/votes.</summary>
public sealed record VoteOnChangeRequest(string? Vote, string? Comment = null, int? Version = null) : IVersionedRequest
{
    public VoteOnChange ToCommand()
    {
        var errors = new FieldErrors();
        var vote = EnumText.Parse<ApprovalVote>(errors, "vote", Vote, required: true);
        var command = new VoteOnChange(vote ?? ApprovalVote.Approve, Comment);
        RequestValidation.ThrowIfInvalid(errors, () => ChangeRules.Validate(command));
        return command;
    }
}
