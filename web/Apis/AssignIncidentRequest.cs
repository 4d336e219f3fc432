using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Domain.Incidents;

namespace ItsmOrleans.Web.Apis;

/// <summary>The body of POST /api/incidents/{id}/assignment; an empty string clears a field.</summary>
public sealed record AssignIncidentRequest(string? AssignmentGroup = null, string? Assignee = null, int? Version = null) : IVersionedRequest
{
    public AssignIncident ToCommand()
    {
        var command = new AssignIncident(AssignmentGroup, Assignee);
        RequestValidation.ThrowIfInvalid(new FieldErrors(), () => IncidentRules.Validate(command));
        return command;
    }
}
