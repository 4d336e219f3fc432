namespace ItsmOrleans.Contracts.Incidents;

/// <summary>Changes descriptive fields. A null field is left as it is; an empty service clears it.</summary>
/// <param name="SlaPolicyId">Moves the incident to another SLA policy; its clocks keep what they counted.</param>
[GenerateSerializer, Immutable, Alias("itsm.UpdateIncidentDetails")]
public sealed record UpdateIncidentDetails(
    string? Title = null,
    string? Description = null,
    Impact? Impact = null,
    Urgency? Urgency = null,
    string? ServiceId = null,
    string? SlaPolicyId = null);
