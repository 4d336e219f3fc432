using ItsmOrleans.Contracts.ServiceRequests;

namespace ItsmOrleans.Grains.ServiceRequests;

/// <summary>Keeps the service-requests read model in step; a row older than the stored one is ignored.</summary>
public interface IServiceRequestProjection
{
    Task Upsert(ServiceRequestSummary request, CancellationToken cancellationToken);
}
