namespace ItsmOrleans.Contracts.Incidents;

/// <summary>Routes an incident to a group and optionally a person. A null field is left as it is; an empty string clears it.</summary>
[GenerateSerializer, Immutable, Alias("itsm.AssignIncident")]
public sealed record AssignIncident(string? AssignmentGroup, string? Assignee);
