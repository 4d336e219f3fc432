using ItsmOrleans.Contracts.Risks;

namespace ItsmOrleans.Grains.Risks;

/// <summary>Keeps the risks read model (the register, its heat map, a service's risks) in step; a row older than the stored one is ignored.</summary>
public interface IRiskProjection
{
    Task Upsert(RiskView risk, int revision, CancellationToken cancellationToken);
}
