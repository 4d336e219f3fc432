using ItsmOrleans.Contracts.Services;

namespace ItsmOrleans.Grains.Incidents.Followers;

/// <summary>The incident's service (and the one it left) weigh it into their health.</summary>
public sealed class ServiceFollower : IIncidentFollower
{
    public async Task OnIncidentChanged(IGrainFactory grains, IncidentChanged change)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(change);
        foreach (var service in new[] { change.Row.ServiceId, change.PreviousService }.OfType<string>().Distinct(StringComparer.Ordinal))
        {
            await grains.GetGrain<IServiceGrain>(service).OnIncident(change.Row);
        }
    }
}
