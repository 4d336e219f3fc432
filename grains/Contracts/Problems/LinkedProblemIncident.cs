using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Contracts.Problems;

/// <summary>An incident linked to a problem, as the problem last heard of it.</summary>
[GenerateSerializer, Immutable, Alias("itsm.LinkedProblemIncident")]
public sealed record LinkedProblemIncident(Guid Id, string Number, string Title, IncidentStatus Status);
