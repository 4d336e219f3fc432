using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Domain.Incidents;

namespace ItsmOrleans.Domain.Tests.Incidents;

public class IncidentSlaPlanTests
{
    [Theory]
    [InlineData(IncidentStatus.InProgress, SlaClockState.Running)]
    [InlineData(IncidentStatus.OnHold, SlaClockState.Paused)]
    [InlineData(IncidentStatus.Resolved, SlaClockState.Stopped)]
    [InlineData(IncidentStatus.Closed, SlaClockState.Stopped)]
    public void On_hold_pauses_the_resolution_clock_and_resolving_stops_it(IncidentStatus status, SlaClockState expected) =>
        Assert.Equal(expected, IncidentSlaPlan.Desired(SlaClockKind.Resolution, status, responded: true));

    [Fact]
    public void The_response_clock_runs_until_the_first_response_even_on_hold()
    {
        Assert.Equal(SlaClockState.Running, IncidentSlaPlan.Desired(SlaClockKind.Response, IncidentStatus.New, responded: false));
        Assert.Equal(SlaClockState.Running, IncidentSlaPlan.Desired(SlaClockKind.Response, IncidentStatus.OnHold, responded: false));
        Assert.Equal(SlaClockState.Stopped, IncidentSlaPlan.Desired(SlaClockKind.Response, IncidentStatus.Assigned, responded: true));
    }
}
