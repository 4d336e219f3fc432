using ItsmOrleans.Contracts.Problems;

namespace ItsmOrleans.Grains.Incidents.Followers;

/// <summary>The problem the incident is linked to keeps its incidents' rows.</summary>
public sealed class ProblemFollower : IIncidentFollower
{
    public async Task OnIncidentChanged(IGrainFactory grains, IncidentChanged change)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(change);
        if (change.ProblemId is { } problem)
        {
            await grains.GetGrain<IProblemGrain>(problem).OnIncidentChanged(change.Row);
        }
    }
}
