using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Slas;

namespace ItsmOrleans.Grains.Slas;

/// <summary>Response and resolution targets per priority, counted in the working hours of <paramref name="Calendar"/> (null: 24×7).</summary>
public sealed record SlaPolicy(string Id, string Name, IReadOnlyDictionary<Priority, SlaTargets> Targets, BusinessCalendar? Calendar = null)
{
    public SlaTargets For(Priority priority) => Targets[priority];
}
