using ItsmOrleans.Contracts.Risks;
using ItsmOrleans.Grains.Risks;

namespace ItsmOrleans.Hosting.Export;

/// <summary>One risk in the export: what GET /api/risks/{id} and …/history return.</summary>
public sealed record ExportedRisk(RiskView Risk, IReadOnlyList<RiskHistoryEntry> History)
{
    public static ExportedRisk Of(StoredGrainState<RiskState> stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return new(stored.State.ToView(stored.Id), stored.State.History);
    }
}
