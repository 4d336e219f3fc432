using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Grains.Services;

/// <summary>The incidents raised on one service within the problem-suggestion window; older ones fall out as time moves.</summary>
internal sealed class RecentIncidentWindow
{
    private readonly Dictionary<Guid, RecentIncident> _recent = [];

    public IReadOnlyCollection<RecentIncident> Incidents => _recent.Values;

    /// <summary>Remembers an incident raised on <paramref name="serviceId"/> within the window; true when it is new to it.</summary>
    public bool Remember(IncidentSummary incident, string serviceId, DateTimeOffset now, TimeSpan window)
    {
        foreach (var old in _recent.Values.Where(r => r.CreatedAt <= now - window).Select(r => r.Id).ToList())
        {
            _recent.Remove(old);
        }

        return incident.ServiceId == serviceId && incident.CreatedAt > now - window
            && _recent.TryAdd(incident.Id, new RecentIncident(incident.Id, incident.Number, incident.CreatedAt));
    }
}
