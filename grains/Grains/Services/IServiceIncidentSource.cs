using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Grains.Services;

/// <summary>The open incidents of a service as the read model knows them; a service grain rebuilds its own health from them when it wakes.</summary>
public interface IServiceIncidentSource
{
    Task<IReadOnlyList<IncidentSummary>> OpenOn(string serviceId, CancellationToken cancellationToken);
}
