namespace ItsmOrleans.Contracts.Problems;

/// <summary>Edits a problem and its root-cause analysis; every field left null stays as it is.</summary>
[GenerateSerializer, Immutable, Alias("itsm.UpdateProblem")]
public sealed record UpdateProblem(
    string? Title = null,
    string? Description = null,
    string? Symptoms = null,
    string? Cause = null,
    string? Workaround = null,
    string? ServiceId = null,
    string? AssignmentGroup = null,
    string? Assignee = null);
