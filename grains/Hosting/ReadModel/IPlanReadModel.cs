using ItsmOrleans.Contracts.Continuity;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>Reads the continuity plans from the database; never activates grains.</summary>
public interface IPlanReadModel
{
    Task<IReadOnlyList<ContinuityPlanView>> List(PlanQuery query, CancellationToken cancellationToken);
}
