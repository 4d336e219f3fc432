using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Grains.Slas;

/// <summary>Response and resolution targets per priority.</summary>
public sealed record SlaPolicy(string Id, string Name, IReadOnlyDictionary<Priority, SlaTargets> Targets)
{
    public SlaTargets For(Priority priority) => Targets[priority];
}
