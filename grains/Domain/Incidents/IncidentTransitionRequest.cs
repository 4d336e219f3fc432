using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Domain.Incidents;

/// <summary>What a status change guard may look at: the command and the incident's current assignee.</summary>
public sealed record IncidentTransitionRequest(ChangeIncidentStatus Command, string? Assignee);
