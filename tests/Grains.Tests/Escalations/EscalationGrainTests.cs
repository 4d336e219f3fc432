using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Escalations;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.Services;

namespace ItsmOrleans.Grains.Tests.Escalations;

/// <summary>An incident on a service with an escalation policy pages level after level until someone acknowledges.</summary>
[Collection(ClusterTests.Name)]
public class EscalationGrainTests(ClusterFixture fixture)
{
    private static readonly CommandContext Admin = new(Callers.Admin("ada"));
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Unacknowledged_levels_page_one_after_another_with_whoever_is_on_call_then_the_policy_is_exhausted()
    {
        var service = await ServiceWithPolicy(Priority.P2, repeats: 1);
        var incident = await Raise(service, Impact.High, Urgency.High);

        var exhausted = await WaitFor(incident, e => e.Status == EscalationStatus.Exhausted);
        Assert.Equal([(0, 0, "alice"), (1, 0, "bob"), (0, 1, "alice"), (1, 1, "bob")], exhausted.Steps.Select(s => (s.Level, s.Round, s.Users.Single())));
        Assert.Equal(["dba"], exhausted.Steps[1].Groups);
        var notes = (await Grain(incident).GetComments(Caller.System)).Select(c => c.Text).ToList();
        Assert.Contains(notes, n => n.StartsWith("Escalation level 1 of 2", StringComparison.Ordinal) && n.Contains("@alice", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.StartsWith("Escalation level 2 of 2", StringComparison.Ordinal) && n.Contains("@bob", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.StartsWith("Escalation exhausted", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Acknowledging_stops_the_escalation_before_the_next_level()
    {
        var service = await ServiceWithPolicy(Priority.P2, repeats: 0, firstWait: TimeSpan.FromSeconds(3));
        var incident = await Raise(service, Impact.High, Urgency.High);
        await WaitFor(incident, e => e.Steps.Count == 1);

        // The incident went to the service's support group, so someone of that group acknowledges it.
        await Grain(incident).Acknowledge(new CommandContext(Callers.Agent("carol", "dba")));
        var stopped = await WaitFor(incident, e => e.Status == EscalationStatus.Acknowledged);
        Assert.Equal("carol", stopped.StoppedBy);
        await Task.Delay(TimeSpan.FromSeconds(4));
        Assert.Single((await fixture.Client.GetGrain<IEscalationGrain>(incident.Id).Get())!.Steps);
        Assert.Equal("carol", (await Grain(incident).Get(Caller.System)).Assignee);
    }

    [Fact]
    public async Task An_incident_below_the_policys_minimum_priority_escalates_once_its_priority_rises()
    {
        var service = await ServiceWithPolicy(Priority.P2, repeats: 0);
        var incident = await Raise(service, Impact.Low, Urgency.Low);
        await Task.Delay(500);
        Assert.Null(await fixture.Client.GetGrain<IEscalationGrain>(incident.Id).Get());

        await Grain(incident).UpdateDetails(new CommandContext(Caller.System), new UpdateIncidentDetails(Impact: Impact.High, Urgency: Urgency.High));
        await WaitFor(incident, e => e.Steps.Count >= 1);
    }

    private async Task<string> ServiceWithPolicy(Priority minimum, int repeats, TimeSpan? firstWait = null)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var schedule = await fixture.Client.GetGrain<IOnCallScheduleGrain>($"dba-{suffix}").Define(Admin, new DefineOnCallSchedule(
            "DBA on call", "UTC", [new OnCallLayer("primary", ["bob"], DateTime.UtcNow.Date.AddDays(-1), TimeSpan.FromDays(1))]));
        var policy = await fixture.Client.GetGrain<IEscalationPolicyGrain>($"db-{suffix}").Define(Admin, new DefineEscalationPolicy(
            "Database paging",
            [
                new EscalationLevel([new EscalationTarget(EscalationTargetKind.User, "alice")], firstWait ?? TimeSpan.FromSeconds(1)),
                new EscalationLevel([new EscalationTarget(EscalationTargetKind.Schedule, schedule.Id), new EscalationTarget(EscalationTargetKind.Group, "dba")], TimeSpan.FromSeconds(1)),
            ],
            repeats,
            minimum));
        var service = $"svc-{suffix}";
        await fixture.Client.GetGrain<IServiceGrain>(service).Define(Admin, new DefineService("Orders database", ServiceKind.Technical, null, null, "dba", 1, null, policy.Id));
        return service;
    }

    private async Task<IncidentView> Raise(string service, Impact impact, Urgency urgency) =>
        await fixture.Client.GetGrain<IIncidentGrain>(Guid.NewGuid()).Create(
            new CommandContext(Callers.Agent("noc-1")), new CreateIncident("Replication lag", "", impact, urgency, "noc-1", service));

    private IIncidentGrain Grain(IncidentView incident) => fixture.Client.GetGrain<IIncidentGrain>(incident.Id);

    private async Task<EscalationView> WaitFor(IncidentView incident, Func<EscalationView, bool> done)
    {
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (true)
        {
            if (await fixture.Client.GetGrain<IEscalationGrain>(incident.Id).Get() is { } view && done(view))
            {
                return view;
            }

            Assert.True(DateTimeOffset.UtcNow < deadline, $"The escalation of {incident.Number} did not get there in {Patience}.");
            await Task.Delay(100);
        }
    }
}
