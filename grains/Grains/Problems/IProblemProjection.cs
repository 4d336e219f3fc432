using ItsmOrleans.Contracts.Problems;

namespace ItsmOrleans.Grains.Problems;

/// <summary>Keeps the problems read model (lists, known-error search) in step; a row older than the stored one is ignored.</summary>
public interface IProblemProjection
{
    Task Upsert(ProblemSummary problem, CancellationToken cancellationToken);
}
