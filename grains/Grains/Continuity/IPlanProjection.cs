using ItsmOrleans.Contracts.Continuity;

namespace ItsmOrleans.Grains.Continuity;

/// <summary>Keeps the continuity plans read model in step; a row older than the stored one is ignored.</summary>
public interface IPlanProjection
{
    Task Upsert(ContinuityPlanView plan, int revision, CancellationToken cancellationToken);
}
