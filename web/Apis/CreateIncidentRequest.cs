using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Domain.Incidents;

namespace ItsmOrleans.Web.Apis;

/// <summary>The body of POST /api/incidents.</summary>
public sealed record CreateIncidentRequest(
    string? Title,
    string? Description,
    string? Impact,
    string? Urgency,
    string? Requester,
    string? ServiceId = null,
    string? AssignmentGroup = null,
    string? Assignee = null,
    string? SlaPolicy = null)
{
    /// <summary>The command; the requester defaults to the caller.</summary>
    public CreateIncident ToCommand(Caller caller)
    {
        var errors = new FieldErrors();
        var impact = EnumText.Parse<Impact>(errors, "impact", Impact, required: true);
        var urgency = EnumText.Parse<Urgency>(errors, "urgency", Urgency, required: true);
        var command = new CreateIncident(
            Title ?? "", Description ?? "", impact ?? Contracts.Incidents.Impact.Medium, urgency ?? Contracts.Incidents.Urgency.Medium,
            string.IsNullOrWhiteSpace(Requester) ? caller.Name : Requester, ServiceId, AssignmentGroup, Assignee, SlaPolicy);
        RequestValidation.ThrowIfInvalid(errors, () => IncidentRules.Validate(command));
        return command;
    }
}
