using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Services;
using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Domain.Services;

namespace ItsmOrleans.Domain.Tests.Services;

public class LiveServiceHealthTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    private static IncidentSummary Incident(Guid id, Priority priority, IncidentStatus status = IncidentStatus.New, string service = "payroll")
    {
        var clock = new SlaClockView(SlaClockKind.Resolution, SlaClockState.Running, TimeSpan.FromHours(4), TimeSpan.Zero, Now, Now.AddHours(4), null, null);
        return new IncidentSummary(id, "INC0000042", "Payslips blank", priority, status, service, "hr", null, "bob", Now, Now, 1, 1, clock with { Kind = SlaClockKind.Response }, clock);
    }

    [Fact]
    public void An_open_incident_on_the_service_hurts_it_once_and_stops_when_resolved()
    {
        var health = new LiveServiceHealth();
        var id = Guid.NewGuid();

        Assert.True(health.Track("payroll", Incident(id, Priority.P1)));
        Assert.False(health.Track("payroll", Incident(id, Priority.P1)));
        Assert.True(health.Track("payroll", Incident(id, Priority.P1, IncidentStatus.Resolved)));
        Assert.False(health.Track("payroll", Incident(Guid.NewGuid(), Priority.P1, service: "email")));
    }

    [Fact]
    public void A_P1_on_the_service_is_a_major_outage_once_accepted()
    {
        var health = new LiveServiceHealth();
        health.Restart(Now);
        health.Track("payroll", Incident(Guid.NewGuid(), Priority.P1));

        var evaluated = health.Evaluate("payroll", "Payroll", Now.AddMinutes(1));
        Assert.Equal(ServiceStatus.Operational, health.Current.Status);
        Assert.True(health.Accept(evaluated, Now.AddMinutes(1)));

        Assert.Equal(ServiceStatus.MajorOutage, health.Current.Status);
        Assert.Same(health.Current, health.Evaluate("payroll", "Payroll", Now.AddMinutes(2)));
    }

    [Fact]
    public void A_dependency_reporting_what_it_reported_before_changes_nothing()
    {
        var health = new LiveServiceHealth();
        var degraded = ServiceHealth.Operational(Now) with { Status = ServiceStatus.Degraded };

        Assert.True(health.Report("database", degraded));
        Assert.False(health.Report("database", degraded));
        health.KeepOnly([]);
        Assert.True(health.Report("database", degraded));
    }

    [Fact]
    public void Each_accepted_evaluation_raises_the_revision_never_below_the_clock()
    {
        var health = new LiveServiceHealth();
        health.Accept(health.Current, Now);
        var first = health.Revision;
        health.Accept(health.Current, Now);

        Assert.Equal(Now.UtcTicks, first);
        Assert.Equal(first + 1, health.Revision);
    }
}
