using ItsmOrleans.Contracts.Services;

namespace ItsmOrleans.Grains.Services;

/// <summary>Keeps the services read model (lists, the service map) in step; a row older than the stored one is ignored.</summary>
public interface IServiceProjection
{
    Task Upsert(ServiceSummary service, CancellationToken cancellationToken);
}
