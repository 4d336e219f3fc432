using System.Collections.Concurrent;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Domain.Slas;
using ItsmOrleans.Grains.Slas;

namespace ItsmOrleans.Grains.Tests.Slas;

/// <summary>
/// The configured policies plus some a test defines and corrects while the silo runs: what an administrator does by
/// changing the configuration and restarting, without the restart.
/// </summary>
public sealed class CorrectablePolicyCatalog(ConfiguredSlaPolicyCatalog configured) : ISlaPolicyCatalog
{
    private readonly ConcurrentDictionary<string, SlaPolicy> _defined = new(StringComparer.OrdinalIgnoreCase);

    public string DefaultPolicyId => configured.DefaultPolicyId;

    public IReadOnlyList<SlaPolicy> Policies => [.. configured.Policies.Where(p => !_defined.ContainsKey(p.Id)), .. _defined.Values];

    public IReadOnlyList<Contracts.Slas.BusinessCalendar> Calendars => configured.Calendars;

    public SlaPolicy? Find(string id) => _defined.TryGetValue(id, out var policy) ? policy : configured.Find(id);

    /// <summary>Defines (or corrects) a 24×7 policy with the same targets at every priority.</summary>
    public void Define(string id, TimeSpan response, TimeSpan resolution) =>
        _defined[id] = new SlaPolicy(id, id, Enum.GetValues<Priority>().ToDictionary(p => p, _ => new SlaTargets(response, resolution)));
}
