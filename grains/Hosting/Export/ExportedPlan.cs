using ItsmOrleans.Contracts.Continuity;
using ItsmOrleans.Grains.Continuity;

namespace ItsmOrleans.Hosting.Export;

/// <summary>One continuity plan in the export: what GET /api/continuity/plans/{id} and …/history return.</summary>
public sealed record ExportedPlan(ContinuityPlanView Plan, IReadOnlyList<PlanHistoryEntry> History)
{
    public static ExportedPlan Of(StoredGrainState<PlanState> stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return new(stored.State.ToView(stored.Id), stored.State.History);
    }
}
