using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Slas;

namespace ItsmOrleans.Domain.Incidents;

/// <summary>
/// Which state each SLA clock should be in for an incident's status. Response stops at the first response
/// (or when the incident ends); resolution pauses on hold and stops when resolved, resuming if reopened.
/// </summary>
public static class IncidentSlaPlan
{
    public static SlaClockState Desired(SlaClockKind clock, IncidentStatus status, bool responded) => clock switch
    {
        SlaClockKind.Response => responded || status is IncidentStatus.Resolved or IncidentStatus.Closed or IncidentStatus.Cancelled
            ? SlaClockState.Stopped
            : SlaClockState.Running,
        SlaClockKind.Resolution => status switch
        {
            IncidentStatus.OnHold => SlaClockState.Paused,
            IncidentStatus.Resolved or IncidentStatus.Closed or IncidentStatus.Cancelled => SlaClockState.Stopped,
            _ => SlaClockState.Running,
        },
        _ => throw new ArgumentOutOfRangeException(nameof(clock), clock, "Unknown SLA clock."),
    };
}
