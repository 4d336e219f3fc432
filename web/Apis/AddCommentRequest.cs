using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Domain.Incidents;

namespace ItsmOrleans.Web.Apis;

/// <summary>The body of POST /api/incidents/{id}/comments; visibility is "public" (default) or "workNote".</summary>
public sealed record AddCommentRequest(string? Text, string? Visibility = null, int? Version = null) : IVersionedRequest
{
    public AddComment ToCommand()
    {
        var errors = new FieldErrors();
        var visibility = EnumText.Parse<CommentVisibility>(errors, "visibility", Visibility, required: false) ?? CommentVisibility.Public;
        var command = new AddComment(Text ?? "", visibility);
        RequestValidation.ThrowIfInvalid(errors, () => IncidentRules.Validate(command));
        return command;
    }
}
