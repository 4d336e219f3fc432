using ItsmOrleans.Contracts.Continuity;

namespace ItsmOrleans.Grains.Continuity;

/// <summary>Keeps the business impact read model in step; a row older than the stored one is ignored.</summary>
public interface IBusinessImpactProjection
{
    Task Upsert(BusinessImpactView impact, CancellationToken cancellationToken);
}
