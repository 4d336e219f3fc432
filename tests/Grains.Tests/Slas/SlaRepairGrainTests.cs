using ItsmOrleans.Contracts.Boards;
using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Domain.Reports;
using ItsmOrleans.Hosting.ReadModel;
using Microsoft.Extensions.DependencyInjection;

namespace ItsmOrleans.Grains.Tests.Slas;

/// <summary>
/// After an SLA repair the incident behaves as if the corrected policy had applied from the start: what the repair
/// reveals fires once through the clock's own event path, what it withdraws is cleared, and the timers move.
/// </summary>
[Collection(SlaRepairClusterTests.Name)]
public class SlaRepairGrainTests(SlaRepairClusterFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan Long = TimeSpan.FromDays(10);
    private static readonly CommandContext Admin = new(Callers.Admin("admin"));

    [Fact]
    public async Task A_breach_the_repair_reveals_fires_once_and_neither_a_repeated_repair_nor_the_old_due_time_fires_it_again()
    {
        var (incident, view, policy) = await Raise(resolution: TimeSpan.FromHours(1));
        fixture.Time.Advance(TimeSpan.FromMinutes(20));
        fixture.Policies.Define(policy, Long, TimeSpan.FromMinutes(10));

        var repair = await incident.RecomputeSla(Admin, dryRun: false);
        var fired = await ResolutionEvents(incident);
        var again = await incident.RecomputeSla(Admin, dryRun: false);
        fixture.Time.Advance(TimeSpan.FromHours(1));
        var clock = await fixture.Client.GetSlaClock(view.Id, SlaClockKind.Resolution).Get();
        var later = await ResolutionEvents(incident);

        Assert.True(repair.Applied);
        Assert.Equal([SlaLevel.Info, SlaLevel.Warning, SlaLevel.Critical, SlaLevel.Breach], repair.Clocks.Single(c => c.Kind == SlaClockKind.Resolution).Revealed);
        Assert.Equal(["info", "warning", "critical", "breach"], fired.Select(h => h.Changes[0].New));
        Assert.False(again.Changed);
        Assert.True(clock.Breached);
        Assert.Equal(fired.Select(h => h.Sequence), later.Select(h => h.Sequence));
        var history = await incident.GetHistory(Callers.Admin("reader"));
        Assert.True(history.Single(h => h.Kind == HistoryKind.SlaRecomputed).Sequence < fired[0].Sequence, "the repair is recorded before what it fired");
    }

    [Fact]
    public async Task A_warning_the_repair_moves_earlier_fires_at_its_corrected_time()
    {
        var (incident, view, policy) = await Raise(resolution: TimeSpan.FromHours(1));
        var start = view.Sla.Resolution.AsOf - view.Sla.Resolution.Elapsed;
        fixture.Time.Advance(TimeSpan.FromMinutes(10));
        fixture.Policies.Define(policy, Long, TimeSpan.FromMinutes(40));

        var repair = await incident.RecomputeSla(Admin, dryRun: false);
        var warningDue = start + TimeSpan.FromMinutes(30);
        fixture.Time.Advance(warningDue - TimeSpan.FromSeconds(2) - fixture.Time.GetUtcNow());
        var before = await ResolutionEvents(incident);

        // Just past the due time: the timer was set a few real milliseconds after the jump before, so it is due by then.
        fixture.Time.Advance(warningDue + TimeSpan.FromMilliseconds(500) - fixture.Time.GetUtcNow());
        var after = await ResolutionEvents(incident);

        var resolution = repair.Clocks.Single(c => c.Kind == SlaClockKind.Resolution);
        Assert.Equal(start + TimeSpan.FromMinutes(40), resolution.After.DueAt);
        Assert.Empty(resolution.Revealed);
        Assert.Equal(["info"], before.Select(h => h.Changes[0].New));
        Assert.Equal(["info", "warning"], after.Select(h => h.Changes[0].New));
        Assert.InRange(after[^1].At - warningDue, TimeSpan.Zero, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task A_breach_the_repair_withdraws_leaves_the_board_and_the_clock_counts_toward_the_corrected_target()
    {
        var (incident, view, policy) = await Raise(resolution: TimeSpan.FromMinutes(10));
        var start = view.Sla.Resolution.AsOf - view.Sla.Resolution.Elapsed;
        fixture.Time.Advance(TimeSpan.FromMinutes(11));
        var live = await ResolutionEvents(incident);
        var breached = await incident.Get(Callers.Admin("reader"));

        // Connected after the jump: a host that stops re-registering for minutes of the board's time is forgotten.
        var board = await fixture.ConnectBoardHost();
        fixture.Policies.Define(policy, Long, TimeSpan.FromHours(1));
        var repair = await incident.RecomputeSla(Admin, dryRun: false);
        var (_, cleared) = await board.WaitForRow(r => r.Id == view.Id && !r.Resolution.Breached, Patience);
        var repaired = await incident.Get(Callers.Admin("reader"));
        var history = await incident.GetHistory(Callers.Admin("reader"));
        var outcomes = await fixture.SiloServices.GetRequiredService<IReportReadModel>().Outcomes(
            TicketKinds.Incident, TicketHistoryEvents.SlaResolution,
            new ReportFilter(start.AddDays(-1), start.AddDays(1), ReportGrouping.AssignmentGroup, AssignmentGroup: view.AssignmentGroup), CancellationToken.None);
        fixture.Time.Advance(start + TimeSpan.FromMinutes(30.01) - fixture.Time.GetUtcNow());
        var events = await ResolutionEvents(incident);

        Assert.Equal(["info", "warning", "critical", "breach"], live.Select(h => h.Changes[0].New));
        Assert.True(breached.Sla.Resolution.Breached);
        Assert.Equal([SlaLevel.Info, SlaLevel.Warning, SlaLevel.Critical, SlaLevel.Breach], repair.Clocks.Single(c => c.Kind == SlaClockKind.Resolution).Withdrawn);
        Assert.False(repaired.Sla.Resolution.Breached);
        Assert.Equal(start + TimeSpan.FromHours(1), cleared.Resolution.DueAt);
        Assert.Contains(history.Single(h => h.Kind == HistoryKind.SlaRecomputed).Changes, c => c is { Field: "sla.resolution.breached", Old: "True", New: "False" });
        Assert.Equal(
            [(TicketHistoryEvents.Breached, 1L), (TicketHistoryEvents.BreachedWithdrawn, 1L)],
            outcomes.Select(o => (o.Outcome, o.Count)).OrderBy(o => o.Outcome, StringComparer.Ordinal));
        Assert.Contains(board.Batches.SelectMany(b => b.Batch.EventsOf<BoardActivity>()), a => a.IncidentId == view.Id && a.Kind == ActivityKind.Updated
            && a.Text == "SLA clocks recomputed: resolution breach withdrawn");
        Assert.Equal(["info", "warning", "critical", "breach", "info"], events.Select(h => h.Changes[0].New));
    }

    [Fact]
    public async Task A_policy_repair_that_reaches_an_incident_of_another_policy_reports_it_skipped_and_leaves_it_as_it_is()
    {
        var (incident, view, policy) = await Raise(resolution: TimeSpan.FromHours(1));
        fixture.Policies.Define(policy, Long, TimeSpan.FromMinutes(10));

        var other = await incident.RecomputeSlaOfPolicy(Admin, "someone-elses-policy", dryRun: false);
        var untouched = await incident.Get(Callers.Admin("reader"));
        var own = await incident.RecomputeSlaOfPolicy(Admin, policy.ToUpperInvariant(), dryRun: false);

        Assert.True(other.Skipped);
        Assert.Equal((policy, false, false, view.Version), (other.PolicyId, other.Changed, other.Applied, other.Version));
        Assert.Empty(other.Clocks);
        Assert.Equal(view.Version, untouched.Version);
        Assert.Equal(TimeSpan.FromHours(1), untouched.Sla.Resolution.Target);
        Assert.False(own.Skipped);
        Assert.True(own.Applied);
        Assert.Equal(TimeSpan.FromMinutes(10), own.Clocks.Single(c => c.Kind == SlaClockKind.Resolution).After.Target);
    }

    private async Task<(IIncidentGrain Incident, IncidentView View, string Policy)> Raise(TimeSpan resolution)
    {
        var policy = "repair-" + Guid.NewGuid().ToString("N")[..8];
        fixture.Policies.Define(policy, Long, resolution);
        await TestCast.Person(fixture.Client, $"agent-{policy}", policy);
        var incident = fixture.Client.GetGrain<IIncidentGrain>(Guid.NewGuid());
        var view = await incident.Create(Admin, new CreateIncident(
            "Payroll export fails", "", Impact.Medium, Urgency.Medium, "bob", AssignmentGroup: policy, SlaPolicyId: policy));
        return (incident, view, policy);
    }

    /// <summary>
    /// The resolution thresholds recorded so far. Timers that fell due fired when the clock moved, and the clock's events
    /// reach the incident before a later call does: asking the clock first lets every tick it had queued run.
    /// </summary>
    private async Task<List<HistoryEntry>> ResolutionEvents(IIncidentGrain incident)
    {
        await fixture.Client.GetSlaClock(incident.GetPrimaryKey(), SlaClockKind.Resolution).Get();
        var history = await incident.GetHistory(Callers.Admin("reader"));
        return [.. history.Where(h => h.Kind == HistoryKind.SlaThresholdReached && h.Changes[0].Field == "sla.resolution")];
    }
}
