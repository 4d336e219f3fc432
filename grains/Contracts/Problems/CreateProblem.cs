namespace ItsmOrleans.Contracts.Problems;

/// <summary>Opens a problem, optionally linking the incidents that revealed it.</summary>
[GenerateSerializer, Immutable, Alias("itsm.CreateProblem")]
public sealed record CreateProblem(
    string Title,
    string Description,
    string? ServiceId = null,
    IReadOnlyList<Guid>? IncidentIds = null,
    string? AssignmentGroup = null,
    string? Assignee = null);
