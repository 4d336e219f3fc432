using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Services;

namespace ItsmOrleans.Domain.Services;

/// <summary>
/// A service's health while it is awake: the open incidents that hurt it and what its dependencies report, evaluated
/// into one <see cref="ServiceHealth"/>. It is not stored: the service rebuilds it when it wakes.
/// </summary>
public sealed class LiveServiceHealth
{
    private readonly Dictionary<Guid, (Priority Priority, string Number)> _hurting = [];
    private readonly Dictionary<string, ServiceHealth> _dependencies = new(StringComparer.Ordinal);

    public ServiceHealth Current { get; private set; } = ServiceHealth.Operational(DateTimeOffset.MinValue);

    /// <summary>Orders the service's published rows: rises with every accepted evaluation, and never below the clock's ticks.</summary>
    public long Revision { get; private set; }

    /// <summary>Starts afresh: operational as of <paramref name="now"/>, until incidents and dependencies say otherwise.</summary>
    public void Restart(DateTimeOffset now) => Current = ServiceHealth.Operational(now);

    /// <summary>Remembers or forgets an incident; true when the set of incidents hurting the service changed.</summary>
    public bool Track(string serviceId, IncidentSummary incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var hurts = incident.ServiceId == serviceId && ServiceHealthRules.Hurts(incident.Status);
        if (!hurts)
        {
            return _hurting.Remove(incident.Id);
        }

        var entry = (incident.Priority, incident.Number);
        if (_hurting.TryGetValue(incident.Id, out var known) && known == entry)
        {
            return false;
        }

        _hurting[incident.Id] = entry;
        return true;
    }

    /// <summary>Remembers what a dependency reports; false when it reported just that already.</summary>
    public bool Report(string dependencyId, ServiceHealth health)
    {
        if (_dependencies.GetValueOrDefault(dependencyId) == health)
        {
            return false;
        }

        _dependencies[dependencyId] = health;
        return true;
    }

    /// <summary>Forgets the dependencies the service no longer has.</summary>
    public void KeepOnly(IEnumerable<string> dependsOn)
    {
        foreach (var gone in _dependencies.Keys.Except(dependsOn).ToList())
        {
            _dependencies.Remove(gone);
        }
    }

    /// <summary>The health the incidents and dependencies call for now; <see cref="Current"/> itself while nothing changed.</summary>
    public ServiceHealth Evaluate(string serviceId, string serviceName, DateTimeOffset now, string? invokedPlan = null) =>
        ServiceHealthRules.Evaluate(serviceId, serviceName, _hurting.Values, _dependencies.Values, Current, now, invokedPlan);

    /// <summary>Makes <paramref name="health"/> the current health under a new revision; true when it differs from the one before.</summary>
    public bool Accept(ServiceHealth health, DateTimeOffset now)
    {
        var changed = health != Current;
        Current = health;
        Revision = Math.Max(Revision + 1, now.UtcTicks);
        return changed;
    }
}
