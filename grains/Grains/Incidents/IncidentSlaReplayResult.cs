using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Grains.Slas;

namespace ItsmOrleans.Grains.Incidents;

/// <summary>An incident's SLA clocks recomputed from its history, with the policy's current targets and calendar.</summary>
public sealed record IncidentSlaReplayResult(string PolicyId, SlaTargets Targets, BusinessCalendar? Calendar, SlaClock Response, SlaClock Resolution)
{
    public SlaClock For(SlaClockKind kind) => kind == SlaClockKind.Response ? Response : Resolution;
}
