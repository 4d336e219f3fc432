using ItsmOrleans.Contracts.Risks;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>Reads the risk register from the database; never activates grains.</summary>
public interface IRiskReadModel
{
    Task<IReadOnlyList<RiskView>> List(RiskQuery query, CancellationToken cancellationToken);

    /// <summary>How many of the risks <paramref name="query"/> selects (its page ignored) sit in each cell of impact × likelihood, by current score.</summary>
    Task<IReadOnlyList<RiskHeatCell>> HeatMap(RiskQuery query, CancellationToken cancellationToken);

    /// <summary>Per service with open, scored risks: how many and the highest current score.</summary>
    Task<IReadOnlyList<ServiceRiskSummary>> ByService(CancellationToken cancellationToken);
}
