using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.MajorIncidents;

namespace ItsmOrleans.Grains.Tests.MajorIncidents;

[Collection(ClusterTests.Name)]
public class MajorIncidentGrainTests(ClusterFixture fixture)
{
    private static readonly CommandContext Alice = new(Callers.Agent("alice", "network"));
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private async Task<IncidentView> Raise(Impact impact, Urgency urgency, string title = "Core switch down") =>
        await fixture.Client.GetGrain<IIncidentGrain>(Guid.NewGuid())
            .Create(Alice, new CreateIncident(title, "", impact, urgency, "noc", AssignmentGroup: "network", Assignee: "alice"));

    private async Task<(IMajorIncidentGrain Grain, MajorIncidentView View)> Promote(IncidentView primary, TimeSpan? cadence = null, params IncidentView[] related)
    {
        var grain = fixture.Client.GetGrain<IMajorIncidentGrain>(Guid.NewGuid());
        var view = await grain.Promote(Alice, new PromoteIncidents("Datacentre B network outage", primary.Id, [.. related.Select(r => r.Id)], "carla", cadence));
        return (grain, view);
    }

    private static async Task<MajorIncidentView> WaitFor(IMajorIncidentGrain grain, Func<MajorIncidentView, bool> condition)
    {
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (true)
        {
            var view = await grain.Get(Callers.Noc("noc"));
            if (condition(view))
            {
                return view;
            }

            Assert.True(DateTimeOffset.UtcNow < deadline, $"{view.Number} never got there: {view.UpdateDue}, {view.Timeline.Count} timeline entries");
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task A_P1_and_related_incidents_become_one_major_incident_and_each_incident_shows_it()
    {
        var primary = await Raise(Impact.High, Urgency.High);
        var related = await Raise(Impact.Medium, Urgency.High, "VPN unreachable");

        var (_, view) = await Promote(primary, null, related);

        Assert.StartsWith("MIM", view.Number, StringComparison.Ordinal);
        Assert.Equal(MajorIncidentStatus.Active, view.Status);
        Assert.Equal([primary.Number, related.Number], view.Children.Select(c => c.Number));
        Assert.Equal([TimelineEntryKind.Promoted, TimelineEntryKind.ChildAdded], view.Timeline.Select(t => t.Kind));
        foreach (var incident in new[] { primary, related })
        {
            var reread = await fixture.Client.GetGrain<IIncidentGrain>(incident.Id).Get(Callers.Noc("noc"));
            Assert.Equal(new MajorIncidentReference(view.Id, view.Number), reread.MajorIncident);
        }
    }

    [Fact]
    public async Task Only_a_P1_is_promoted_unless_someone_says_why_and_an_incident_belongs_to_one_major_incident()
    {
        var p3 = await Raise(Impact.Medium, Urgency.Medium);
        var grain = fixture.Client.GetGrain<IMajorIncidentGrain>(Guid.NewGuid());
        var refused = await Assert.ThrowsAsync<DomainValidationException>(() => grain.Promote(Alice, new PromoteIncidents("Payroll late", p3.Id, [], "carla")));
        Assert.Contains("primaryIncidentId", refused.Errors.Keys);
        var view = await grain.Promote(Alice, new PromoteIncidents("Payroll late", p3.Id, [], "carla", OverrideReason: "Payroll for 4,000 people"));
        Assert.Contains("Payroll for 4,000 people", view.Timeline[0].Text, StringComparison.Ordinal);

        var other = await Raise(Impact.High, Urgency.High);
        var taken = await Assert.ThrowsAsync<DomainValidationException>(() =>
            fixture.Client.GetGrain<IMajorIncidentGrain>(Guid.NewGuid()).Promote(Alice, new PromoteIncidents("Another", other.Id, [p3.Id], "dan")));
        Assert.Contains(view.Number, taken.Errors["relatedIncidentIds"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_child_incident_resolving_appears_on_the_timeline()
    {
        var primary = await Raise(Impact.High, Urgency.High);
        var (grain, _) = await Promote(primary);
        var incident = fixture.Client.GetGrain<IIncidentGrain>(primary.Id);

        await incident.ChangeStatus(Alice, new ChangeIncidentStatus(IncidentStatus.InProgress));
        await incident.ChangeStatus(Alice, new ChangeIncidentStatus(IncidentStatus.Resolved, ResolutionCode: ResolutionCode.SolvedPermanently, ResolutionNotes: "Replaced the line card"));

        var view = await WaitFor(grain, v => v.Timeline.Any(t => t.Kind == TimelineEntryKind.ChildChanged && t.Text.Contains("resolved", StringComparison.Ordinal)));
        Assert.Equal(IncidentStatus.Resolved, view.Children[0].Status);
    }

    [Fact]
    public async Task A_stakeholder_update_turns_due_soon_then_overdue_on_time_and_posting_one_resets_the_cadence()
    {
        var primary = await Raise(Impact.High, Urgency.High);
        var (grain, promoted) = await Promote(primary, TimeSpan.FromSeconds(4));
        Assert.Equal(UpdateDueState.OnTrack, promoted.UpdateDue);

        var overdue = await WaitFor(grain, v => v.UpdateDue == UpdateDueState.Overdue);
        var dueSoon = overdue.Timeline.Single(t => t.Kind == TimelineEntryKind.UpdateDueSoon);
        var late = overdue.Timeline.Single(t => t.Kind == TimelineEntryKind.UpdateOverdue);
        // Never early; late only by scheduling delay on a busy machine, not by the one-minute reminder.
        Assert.InRange(dueSoon.At - promoted.PromotedAt, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(6));
        Assert.InRange(late.At - promoted.PromotedAt, TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(7));
        Assert.True(dueSoon.At <= late.At);

        var updated = await grain.Post(Alice, "Line card replaced; traffic recovering", stakeholderUpdate: true);
        Assert.Equal(UpdateDueState.OnTrack, updated.UpdateDue);
        Assert.Equal(updated.LastUpdateAt + TimeSpan.FromSeconds(4), updated.NextUpdateDue);
    }

    [Fact]
    public async Task It_closes_only_after_the_post_incident_review_and_then_nothing_is_due()
    {
        var primary = await Raise(Impact.High, Urgency.High);
        var (grain, view) = await Promote(primary);
        await grain.Move(Alice, new MoveMajorIncident(MajorIncidentStatus.Resolved, "Traffic back on the primary path"));
        await grain.Move(Alice, new MoveMajorIncident(MajorIncidentStatus.Review));
        await Assert.ThrowsAsync<DomainValidationException>(() => grain.Move(Alice, new MoveMajorIncident(MajorIncidentStatus.Closed)));

        await grain.RecordReview(Alice, new PostIncidentReview("Line card failure", "Firmware bug", "Datacentre B offline 40 min", "Failover worked", "Alert on CRC errors",
            [new FollowUpAction("Upgrade firmware fleet-wide", "netops", new DateOnly(2026, 12, 15))], TimelineConfirmed: true));
        var closed = await grain.Move(Alice, new MoveMajorIncident(MajorIncidentStatus.Closed));

        Assert.Equal(MajorIncidentStatus.Closed, closed.Status);
        Assert.Equal(UpdateDueState.None, closed.UpdateDue);
        Assert.Null(closed.NextUpdateDue);
        Assert.Equal(view.Version + 4, closed.Version);
        await Assert.ThrowsAsync<VersionConflictException>(() => grain.ChangeCommander(Alice with { ExpectedVersion = view.Version }, "dan"));
    }

    [Fact]
    public async Task A_change_manager_follows_but_does_not_run_a_major_incident()
    {
        var primary = await Raise(Impact.High, Urgency.High);
        var (grain, _) = await Promote(primary);
        await grain.Get(Callers.ChangeManager("carl"));
        await Assert.ThrowsAsync<ForbiddenException>(() => grain.Post(new CommandContext(Callers.ChangeManager("carl")), "hello", stakeholderUpdate: false));
        await Assert.ThrowsAsync<NotFoundException>(() => grain.Get(Callers.Requester("rita")));
    }
}
