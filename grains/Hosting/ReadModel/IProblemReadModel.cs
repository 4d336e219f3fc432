using ItsmOrleans.Contracts.Problems;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>Reads problems and known errors from the database; never activates grains.</summary>
public interface IProblemReadModel
{
    /// <summary>Problems newest first, optionally of one status.</summary>
    Task<IReadOnlyList<ProblemSummary>> List(ProblemStatus? status, int limit, CancellationToken cancellationToken);

    /// <summary>Known errors whose title, symptoms, cause or workaround contain every word of <paramref name="query"/>.</summary>
    Task<IReadOnlyList<ProblemSummary>> SearchKnownErrors(string? query, int limit, CancellationToken cancellationToken);
}
