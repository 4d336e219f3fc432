using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Slas;

namespace ItsmOrleans.Grains.Tests.Slas;

[Collection(ClusterTests.Name)]
public class SlaClockGrainTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private static CreateIncident Fast(string? assignee = null) =>
        new("VPN flapping", "", Impact.Medium, Urgency.Medium, "bob", AssignmentGroup: "network", Assignee: assignee, SlaPolicyId: ClusterFixture.FastPolicy);

    [Fact]
    public async Task Each_threshold_fires_once_within_a_second_of_its_due_time_and_is_kept_in_history()
    {
        var board = await fixture.ConnectBoardHost();
        var incident = fixture.Client.GetGrain<IIncidentGrain>(Guid.NewGuid());
        var view = await incident.Create(new CommandContext(Callers.Admin("alice")), Fast());

        var (_, breached) = await board.WaitForRow(r => r.Id == view.Id && r.Resolution.Breached, Patience);

        var history = await incident.GetHistory(Callers.Admin("reader"));
        var resolutionEvents = history.Where(h => h.Kind == HistoryKind.SlaThresholdReached && h.Changes[0].Field == "sla.resolution").ToList();
        Assert.Equal(["info", "warning", "critical", "breach"], resolutionEvents.Select(h => h.Changes[0].New));
        var start = view.Sla.Resolution.AsOf - view.Sla.Resolution.Elapsed;
        foreach (var (entry, percent) in resolutionEvents.Zip([50, 75, 90, 100]))
        {
            var due = start + TimeSpan.FromTicks(TimeSpan.FromSeconds(4).Ticks * percent / 100);
            Assert.InRange(entry.At - due, TimeSpan.Zero, TimeSpan.FromSeconds(1));
        }

        Assert.Equal(SlaLevel.Breach, breached.Resolution.Reached);
    }

    [Fact]
    public async Task On_hold_pauses_the_resolution_clock_and_nothing_fires_while_paused()
    {
        var incident = fixture.Client.GetGrain<IIncidentGrain>(Guid.NewGuid());
        await incident.Create(new CommandContext(Callers.Admin("alice")), Fast(assignee: "alice"));
        await incident.ChangeStatus(new CommandContext(Callers.Admin("alice")), new ChangeIncidentStatus(IncidentStatus.InProgress));
        var onHold = await incident.ChangeStatus(new CommandContext(Callers.Admin("alice")), new ChangeIncidentStatus(IncidentStatus.OnHold, HoldReason.AwaitingCaller));

        Assert.Equal(SlaClockState.Paused, onHold.Sla.Resolution.State);
        Assert.Null(onHold.Sla.Resolution.DueAt);
        var clock = fixture.Client.GetSlaClock(onHold.Id, SlaClockKind.Resolution);
        var before = await clock.Get();
        await Task.Delay(TimeSpan.FromSeconds(4.5));
        var after = await clock.Get();
        Assert.Equal(before.Elapsed, after.Elapsed);
        Assert.NotEqual(SlaLevel.Breach, after.Reached);

        var resumed = await incident.ChangeStatus(new CommandContext(Callers.Admin("alice")), new ChangeIncidentStatus(IncidentStatus.InProgress));
        Assert.Equal(SlaClockState.Running, resumed.Sla.Resolution.State);
        Assert.Equal(resumed.UpdatedAt + (TimeSpan.FromSeconds(4) - before.Elapsed), resumed.Sla.Resolution.DueAt);
    }

    [Fact]
    public async Task The_first_assignment_meets_the_response_and_no_response_threshold_follows()
    {
        var incident = fixture.Client.GetGrain<IIncidentGrain>(Guid.NewGuid());
        await incident.Create(new CommandContext(Callers.Admin("alice")), Fast());
        var assigned = await incident.Assign(new CommandContext(Callers.Admin("dispatcher")), new AssignIncident(null, "carol"));

        Assert.Equal(SlaClockState.Stopped, assigned.Sla.Response.State);
        Assert.False(assigned.Sla.Response.Breached);
        var reassigned = await incident.Assign(new CommandContext(Callers.Admin("dispatcher")), new AssignIncident(null, "dave"));
        Assert.Equal(assigned.Sla.Response.StoppedAt, reassigned.Sla.Response.StoppedAt);

        var board = await fixture.ConnectBoardHost();
        await board.WaitForRow(r => r.Id == assigned.Id && r.Resolution.Breached, Patience);
        var history = await incident.GetHistory(Callers.Admin("reader"));
        Assert.DoesNotContain(history, h => h.Kind == HistoryKind.SlaThresholdReached && h.Changes[0].Field == "sla.response");
    }

    [Fact]
    public async Task A_clock_left_ahead_of_its_incident_by_a_crash_is_realigned_when_the_incident_wakes()
    {
        var incident = fixture.Client.GetGrain<IIncidentGrain>(Guid.NewGuid());
        var view = await incident.Create(new CommandContext(Callers.Admin("alice")), Fast());
        var clock = fixture.Client.GetSlaClock(view.Id, SlaClockKind.Resolution);
        // What a crash between "clock paused" and "incident saved as on hold" leaves behind.
        await clock.Apply(new SlaClockInstruction(view.Id, view.Version + 1, SlaClockState.Paused, TimeSpan.FromSeconds(4), DateTimeOffset.UtcNow));
        Assert.Equal(SlaClockState.Paused, (await clock.Get()).State);

        await fixture.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var woken = await incident.Get(Callers.Admin("reader"));

        Assert.Equal(IncidentStatus.New, woken.Status);
        Assert.Equal(SlaClockState.Running, (await clock.Get()).State);
    }

    [Fact]
    public async Task A_clock_whose_incident_was_never_created_retires_at_its_first_event()
    {
        var orphan = Guid.NewGuid();
        var clock = fixture.Client.GetSlaClock(orphan, SlaClockKind.Resolution);
        await clock.Apply(new SlaClockInstruction(orphan, 1, SlaClockState.Running, TimeSpan.FromSeconds(1), DateTimeOffset.UtcNow));

        var deadline = DateTimeOffset.UtcNow + Patience;
        while (DateTimeOffset.UtcNow < deadline)
        {
            try
            {
                await clock.Get();
                await Task.Delay(100);
            }
            catch (NotFoundException)
            {
                return;
            }
        }

        Assert.Fail("The orphan clock kept running.");
    }

    [Fact]
    public async Task Targets_longer_than_a_timer_can_wait_are_honoured()
    {
        var view = await fixture.Client.GetGrain<IIncidentGrain>(Guid.NewGuid())
            .Create(new CommandContext(Callers.Admin("alice")), Fast() with { SlaPolicyId = ClusterFixture.LongPolicy });

        Assert.Equal(view.CreatedAt + TimeSpan.FromDays(200), view.Sla.Resolution.DueAt);
        Assert.Equal(SlaClockState.Running, view.Sla.Response.State);
    }
}
