using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Domain.Incidents;

namespace ItsmOrleans.Web.Apis;

/// <summary>The body of POST /api/incidents/{id}/reopen: what is still wrong (required).</summary>
public sealed record ReopenIncidentRequest(string? Reason, int? Version = null) : IVersionedRequest
{
    public ReopenIncident ToCommand()
    {
        var command = new ReopenIncident(Reason ?? "");
        RequestValidation.ThrowIfInvalid(new FieldErrors(), () => ResolutionAnswers.Reopen(command));
        return command;
    }
}
