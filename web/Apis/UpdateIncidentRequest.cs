using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Domain.Incidents;

namespace ItsmOrleans.Web.Apis;

/// <summary>The body of PATCH /api/incidents/{id}: only the fields sent change.</summary>
public sealed record UpdateIncidentRequest(
    string? Title = null,
    string? Description = null,
    string? Impact = null,
    string? Urgency = null,
    string? ServiceId = null,
    string? SlaPolicy = null,
    int? Version = null) : IVersionedRequest
{
    public UpdateIncidentDetails ToCommand()
    {
        var errors = new FieldErrors();
        var command = new UpdateIncidentDetails(
            Title,
            Description,
            EnumText.Parse<Impact>(errors, "impact", Impact, required: false),
            EnumText.Parse<Urgency>(errors, "urgency", Urgency, required: false),
            ServiceId,
            SlaPolicy);
        RequestValidation.ThrowIfInvalid(errors, () =>
        {
            if (errors.Any && command is { Title: null, Description: null, Impact: null, Urgency: null, ServiceId: null, SlaPolicyId: null })
            {
                return;
            }

            IncidentRules.Validate(command);
        });
        return command;
    }
}
