using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Slas;

namespace ItsmOrleans.Grains.Tests.Slas;

/// <summary>Incidents whose SLA counts business hours only, against twins on the same targets around the clock.</summary>
[Collection(ClusterTests.Name)]
public class BusinessHoursSlaTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private static readonly CommandContext Alice = new(Callers.Admin("alice"));

    private static CreateIncident Raise(string policy) => new("Printer offline", "", Impact.Low, Urgency.Medium, "bob", AssignmentGroup: "desk", SlaPolicyId: policy);

    [Fact]
    public async Task Outside_working_hours_a_business_hours_clock_does_not_count_while_its_24x7_twin_breaches()
    {
        var board = await fixture.ConnectBoardHost();
        var office = fixture.Client.GetGrain<IIncidentGrain>(Guid.NewGuid());
        var twin = fixture.Client.GetGrain<IIncidentGrain>(Guid.NewGuid());
        var view = await office.Create(Alice, Raise(ClusterFixture.ClosedNowPolicy));
        var twinView = await twin.Create(Alice, Raise(ClusterFixture.FastPolicy));

        await board.WaitForRow(r => r.Id == twinView.Id && r.Resolution.Breached, Patience);

        var clock = await fixture.Client.GetSlaClock(view.Id, SlaClockKind.Resolution).Get();
        Assert.Equal(TimeSpan.Zero, clock.Elapsed);
        Assert.Null(clock.Reached);
        Assert.Equal("closed-now", clock.Calendar);
        var firstPeriod = Assert.IsAssignableFrom<IReadOnlyList<CountingPeriod>>(clock.CountingPeriods)[0];
        Assert.True(firstPeriod.Start > DateTimeOffset.UtcNow.AddHours(24), $"counts from {firstPeriod.Start:O}");
        Assert.Equal(firstPeriod.Start + TimeSpan.FromSeconds(4), clock.DueAt);
        Assert.DoesNotContain(await office.GetHistory(Callers.Admin("reader")), h => h.Kind == HistoryKind.SlaThresholdReached);
    }

    [Fact]
    public async Task Moving_an_incident_to_a_business_hours_policy_mid_flight_keeps_the_time_counted_and_stops_the_count()
    {
        var board = await fixture.ConnectBoardHost();
        var moved = fixture.Client.GetGrain<IIncidentGrain>(Guid.NewGuid());
        var created = await moved.Create(Alice, Raise(ClusterFixture.FastPolicy));
        await board.WaitForRow(r => r.Id == created.Id && r.Resolution.Reached is not null, Patience);

        var view = await moved.UpdateDetails(Alice, new UpdateIncidentDetails(SlaPolicyId: ClusterFixture.ClosedNowPolicy));
        var atMove = view.Sla.Resolution;
        var twin = await fixture.Client.GetGrain<IIncidentGrain>(Guid.NewGuid()).Create(Alice, Raise(ClusterFixture.FastPolicy));
        await board.WaitForRow(r => r.Id == twin.Id && r.Resolution.Breached, Patience);

        // However late the move came, nothing has been counted or fired since.
        var clock = await fixture.Client.GetSlaClock(view.Id, SlaClockKind.Resolution).Get();
        Assert.Equal(ClusterFixture.ClosedNowPolicy, view.Sla.PolicyId);
        Assert.True(atMove.Elapsed > TimeSpan.Zero);
        Assert.Equal(atMove.Elapsed, clock.Elapsed);
        Assert.Equal(atMove.Reached, clock.Reached);
        Assert.Equal("closed-now", clock.Calendar);
        Assert.Contains(await moved.GetHistory(Callers.Admin("reader")), h => h.Changes.Any(c => c.Field == "slaPolicy" && c.New == ClusterFixture.ClosedNowPolicy));
    }
}
