using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Slas;

namespace ItsmOrleans.Domain.Slas;

/// <summary>Response and resolution targets per priority, counted in the working hours of <paramref name="Calendar"/> (null: 24×7).</summary>
/// <param name="IntegrationAssignmentResponds">
/// Whether an incident that automation (an API key) raises already assigned counts as responded to; by default the
/// response clock runs until a person takes, assigns, moves or answers it.
/// </param>
public sealed record SlaPolicy(
    string Id,
    string Name,
    IReadOnlyDictionary<Priority, SlaTargets> Targets,
    BusinessCalendar? Calendar = null,
    bool IntegrationAssignmentResponds = false)
{
    public SlaTargets For(Priority priority) => Targets[priority];
}
