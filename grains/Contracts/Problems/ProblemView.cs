namespace ItsmOrleans.Contracts.Problems;

/// <summary>A problem with its root-cause analysis and its incidents.</summary>
/// <param name="KnownError">Published as a known error: agents find it and apply its workaround to incidents.</param>
[GenerateSerializer, Immutable, Alias("itsm.ProblemView")]
public sealed record ProblemView(
    Guid Id,
    string Number,
    string Title,
    string Description,
    ProblemStatus Status,
    string? ServiceId,
    string? Symptoms,
    string? Cause,
    string? Workaround,
    bool KnownError,
    ProblemResolution? Resolution,
    string? ResolutionNotes,
    string? AssignmentGroup,
    string? Assignee,
    IReadOnlyList<LinkedProblemIncident> Incidents,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Version,
    IReadOnlyList<ProblemStatus> AllowedTransitions);
