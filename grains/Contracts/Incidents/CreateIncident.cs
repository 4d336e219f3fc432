namespace ItsmOrleans.Contracts.Incidents;

/// <summary>Raises a new incident.</summary>
/// <param name="SlaPolicyId">The SLA policy to apply; the default policy when omitted.</param>
[GenerateSerializer, Immutable, Alias("itsm.CreateIncident")]
public sealed record CreateIncident(
    string Title,
    string Description,
    Impact Impact,
    Urgency Urgency,
    string Requester,
    string? ServiceId = null,
    string? AssignmentGroup = null,
    string? Assignee = null,
    string? SlaPolicyId = null);
