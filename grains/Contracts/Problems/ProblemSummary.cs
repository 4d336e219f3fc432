namespace ItsmOrleans.Contracts.Problems;

/// <summary>A problem as lists and the known-error search show it; also the shape of the read model.</summary>
[GenerateSerializer, Immutable, Alias("itsm.ProblemSummary")]
public sealed record ProblemSummary(
    Guid Id,
    string Number,
    string Title,
    ProblemStatus Status,
    string? ServiceId,
    string? Symptoms,
    string? Cause,
    string? Workaround,
    bool KnownError,
    int IncidentCount,
    DateTimeOffset UpdatedAt,
    int Version,
    int Revision);
