using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Domain.Incidents;

namespace ItsmOrleans.Web.Apis;

/// <summary>The body of POST /api/incidents/{id}/transitions.</summary>
public sealed record ChangeStatusRequest(
    string? To,
    string? HoldReason = null,
    string? ResolutionCode = null,
    string? ResolutionNotes = null,
    string? Note = null,
    int? Version = null) : IVersionedRequest
{
    public ChangeIncidentStatus ToCommand()
    {
        var errors = new FieldErrors();
        var to = EnumText.Parse<IncidentStatus>(errors, "to", To, required: true);
        var command = new ChangeIncidentStatus(
            to ?? IncidentStatus.New,
            EnumText.Parse<HoldReason>(errors, "holdReason", HoldReason, required: false),
            EnumText.Parse<ResolutionCode>(errors, "resolutionCode", ResolutionCode, required: false),
            ResolutionNotes,
            Note);
        if (command.ResolutionCode == Contracts.Incidents.ResolutionCode.ResolvedByMonitoring)
        {
            errors.Add("resolutionCode", "'resolvedByMonitoring' is set by the hub when an incident's alerts clear, not by hand.");
        }

        RequestValidation.ThrowIfInvalid(errors, () => IncidentRules.Validate(command));
        return command;
    }
}
