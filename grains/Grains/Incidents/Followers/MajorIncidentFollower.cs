using ItsmOrleans.Contracts.MajorIncidents;

namespace ItsmOrleans.Grains.Incidents.Followers;

/// <summary>The major incident the incident is a child of keeps its children's rows.</summary>
public sealed class MajorIncidentFollower : IIncidentFollower
{
    public async Task OnIncidentChanged(IGrainFactory grains, IncidentChanged change)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(change);
        if (change.MajorIncidentId is { } majorIncident)
        {
            await grains.GetGrain<IMajorIncidentGrain>(majorIncident).OnChildChanged(change.Row);
        }
    }
}
