namespace ItsmOrleans.Contracts.Slas;

/// <summary>The SLA policy applied to an incident and its two clocks.</summary>
[GenerateSerializer, Immutable, Alias("itsm.IncidentSla")]
public sealed record IncidentSla(string PolicyId, SlaClockView Response, SlaClockView Resolution);
