using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Services;

namespace ItsmOrleans.Grains.Tests.Changes;

[Collection(ClusterTests.Name)]
public class ChangeGrainTests(ClusterFixture fixture)
{
    private static readonly CommandContext Admin = new(Callers.Admin("portfolio"));
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private static readonly RiskAnswers Careful = new(ChangeComplexity.Low, true, true, false, UserReach.Some);

    // Every test plans in its own stretch of the future, with its own services and people, so tests never clash.
    private readonly DateTimeOffset _day = DateTimeOffset.UtcNow.Date.AddDays(30 + Random.Shared.Next(0, 20_000));
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..6];

    private string Person(string name) => $"{name}-{_suffix}";

    private CommandContext As(string name) => new(Callers.Agent(Person(name)));

    private CommandContext Manager(string name) => new(Callers.ChangeManager(Person(name)));

    private ChangeWindow Hours(double from, double to) => new(_day.AddHours(from), _day.AddHours(to));

    private async Task<string> Service(string name, int criticality = 3, params string[] dependsOn)
    {
        var id = $"{name}-{_suffix}";
        await fixture.Client.GetGrain<IServiceGrain>(id).Define(Admin, new DefineService(name, ServiceKind.Technical, null, null, null, criticality, null));
        foreach (var target in dependsOn)
        {
            await fixture.Client.GetGrain<IServiceCatalogGrain>(0).AddDependency(Admin, id, target);
        }

        return id;
    }

    private async Task<(IChangeGrain Grain, ChangeView View)> Raise(
        string service, ChangeWindow window, string implementer = "erin", ChangeType type = ChangeType.Normal, RiskAnswers? answers = null)
    {
        var grain = fixture.Client.GetGrain<IChangeGrain>(Guid.NewGuid());
        var view = await grain.Create(As("requester"), new CreateChange(
            type, "Patch mail relays", "Monthly patches", service, null, "Mail delayed for minutes", "Patch one relay at a time",
            "Reinstall the previous packages", "Rehearsed on staging", [new Alternative("Replace the relays", "Too slow to procure")],
            Person(implementer), window, answers ?? Careful));
        return (grain, view);
    }

    private static async Task<ChangeView> WaitFor(IChangeGrain grain, Func<ChangeView, bool> condition)
    {
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (true)
        {
            var view = await grain.Get(Callers.Admin("reader"));
            if (condition(view))
            {
                return view;
            }

            Assert.True(DateTimeOffset.UtcNow < deadline, $"{view.Number} never got there: {view.Status}, {view.Conflicts.Count} conflicts");
            await Task.Delay(20);
        }
    }

    [Fact]
    public async Task A_normal_change_goes_through_assessment_CAB_quorum_implementation_and_review_with_every_step_in_history()
    {
        var mail = await Service("mail", criticality: 1);
        var (change, view) = await Raise(mail, Hours(22, 24));
        Assert.Equal("CHG", view.Number[..3]);
        Assert.Equal(ChangeStatus.New, view.Status);

        await change.Move(As("requester"), new MoveChange(ChangeStatus.Assess));
        view = await change.Move(As("requester"), new MoveChange(ChangeStatus.Authorize));
        Assert.Equal(RiskLevel.Moderate, view.Risk!.Level); // tier 1 service, rehearsed, some users affected
        Assert.Equal(2, view.RequiredApprovals);

        view = await change.Vote(Manager("carol"), new VoteOnChange(ApprovalVote.Approve));
        Assert.Equal(ChangeStatus.Authorize, view.Status);
        view = await change.Vote(Manager("dave"), new VoteOnChange(ApprovalVote.Approve, "Fine by me"));
        Assert.Equal(ChangeStatus.Scheduled, view.Status);

        await change.Move(As("erin"), new MoveChange(ChangeStatus.Implement));
        await change.Move(As("erin"), new MoveChange(ChangeStatus.Review, ChangeOutcome.Successful));
        view = await change.Move(As("erin"), new MoveChange(ChangeStatus.Closed, Notes: "All relays patched"));

        Assert.Equal(ChangeStatus.Closed, view.Status);
        Assert.Equal(ChangeOutcome.Successful, view.Outcome);
        var history = await change.GetHistory(Callers.Noc("noc"));
        Assert.Equal(
            [ChangeHistoryKind.Created, ChangeHistoryKind.StatusChanged, ChangeHistoryKind.StatusChanged, ChangeHistoryKind.Voted,
             ChangeHistoryKind.Authorised, ChangeHistoryKind.StatusChanged, ChangeHistoryKind.StatusChanged, ChangeHistoryKind.StatusChanged],
            history.Select(h => h.Kind));
        Assert.Contains(Person("dave"), history[4].Note);
    }

    [Fact]
    public async Task A_rejection_sends_the_change_back_to_assessment_and_starts_a_new_round()
    {
        var mail = await Service("mail");
        var untested = new RiskAnswers(ChangeComplexity.Low, TestedBeforehand: false, BackoutTested: true, OutageRequired: false, UserReach.Some);
        var (change, _) = await Raise(mail, Hours(1, 2), answers: untested);
        await change.Move(As("requester"), new MoveChange(ChangeStatus.Assess));
        var view = await change.Move(As("requester"), new MoveChange(ChangeStatus.Authorize));
        Assert.Equal(2, view.RequiredApprovals);
        await change.Vote(Manager("carol"), new VoteOnChange(ApprovalVote.Approve));

        view = await change.Vote(Manager("dave"), new VoteOnChange(ApprovalVote.Reject, "No backout rehearsal evidence"));

        Assert.Equal(ChangeStatus.Assess, view.Status);
        Assert.Empty(view.Approvals);
        var rejected = (await change.GetHistory(Callers.Noc("noc")))[^1];
        Assert.Equal(ChangeHistoryKind.Rejected, rejected.Kind);
        Assert.Contains("No backout rehearsal evidence", rejected.Note);
    }

    [Fact]
    public async Task The_requester_and_the_implementer_cannot_approve_their_own_change()
    {
        var mail = await Service("mail");
        var (change, _) = await Raise(mail, Hours(1, 2));
        await change.Move(As("requester"), new MoveChange(ChangeStatus.Assess));
        await change.Move(As("requester"), new MoveChange(ChangeStatus.Authorize));

        await Assert.ThrowsAsync<ForbiddenException>(() => change.Vote(Manager("requester"), new VoteOnChange(ApprovalVote.Approve)));
        await Assert.ThrowsAsync<ForbiddenException>(() => change.Vote(Manager("erin"), new VoteOnChange(ApprovalVote.Approve)));
        await Assert.ThrowsAsync<ForbiddenException>(() => change.Vote(As("gina"), new VoteOnChange(ApprovalVote.Approve)));
    }

    [Fact]
    public async Task Overlapping_changes_on_the_same_service_see_the_conflict_on_both_sides_and_lose_it_when_one_moves()
    {
        var mail = await Service("mail");
        var (first, _) = await Raise(mail, Hours(22, 24), implementer: "erin");
        var (second, secondView) = await Raise(mail, Hours(23, 25), implementer: "frank");

        var conflict = Assert.Single(secondView.Conflicts);
        Assert.Equal(ConflictKind.SameService, conflict.Kind);
        var firstView = await WaitFor(first, v => v.Conflicts.Count == 1);
        Assert.Equal(secondView.Number, firstView.Conflicts[0].Subject);

        await second.Update(As("requester"), new UpdateChange(Window: Hours(30, 31)));

        await WaitFor(first, v => v.Conflicts.Count == 0);
        Assert.Empty((await second.Get(Callers.Noc("noc"))).Conflicts);
    }

    [Fact]
    public async Task A_change_on_a_service_that_the_other_depends_on_conflicts_and_so_does_a_double_booked_implementer()
    {
        var database = await Service("mail-db");
        var mail = await Service("mail", 3, database);
        var printing = await Service("printing");
        await Raise(database, Hours(22, 23), implementer: "zoe");
        await Raise(printing, Hours(22, 23), implementer: "erin");

        var (_, view) = await Raise(mail, Hours(22.5, 23.5), implementer: "erin");

        Assert.Equal([ConflictKind.DependentService, ConflictKind.ImplementerDoubleBooked], view.Conflicts.Select(c => c.Kind).Order());
    }

    [Fact]
    public async Task Conflicts_stop_submission_until_overridden_with_a_reason_and_a_new_conflict_needs_a_new_override()
    {
        var mail = await Service("mail");
        var freeze = new FreezePeriod($"freeze-{_suffix}", "Year end", _day, _day.AddDays(2), [mail], "Closing the books");
        await fixture.Client.GetGrain<IChangeCatalogGrain>(0).DefineFreeze(Manager("carol"), freeze);
        var (change, view) = await Raise(mail, Hours(22, 24));
        Assert.Equal(ConflictKind.Freeze, Assert.Single(view.UnresolvedConflicts).Kind);

        await change.Move(As("requester"), new MoveChange(ChangeStatus.Assess));
        var refused = await Assert.ThrowsAsync<DomainValidationException>(() => change.Move(As("requester"), new MoveChange(ChangeStatus.Authorize)));
        Assert.Contains("overrideReason", refused.Errors.Keys);

        view = await change.Move(As("requester"), new MoveChange(ChangeStatus.Authorize, OverrideReason: "Security fix, approved by the CFO"));
        Assert.Empty(view.UnresolvedConflicts);
        Assert.Equal("Security fix, approved by the CFO", view.Override!.Reason);
        await change.Vote(Manager("carol"), new VoteOnChange(ApprovalVote.Approve));

        await Raise(mail, Hours(23, 23.5), implementer: "frank");
        view = await WaitFor(change, v => v.UnresolvedConflicts.Count == 1);
        Assert.Equal(ConflictKind.SameService, view.UnresolvedConflicts[0].Kind);
        await Assert.ThrowsAsync<DomainValidationException>(() => change.Move(As("erin"), new MoveChange(ChangeStatus.Implement)));
        view = await change.Move(As("erin"), new MoveChange(ChangeStatus.Implement, OverrideReason: "Frank's change is read-only"));
        Assert.Equal(ChangeStatus.Implement, view.Status);
    }

    [Fact]
    public async Task An_emergency_change_needs_one_approver_and_a_retrospective_review()
    {
        var mail = await Service("mail");
        var (change, _) = await Raise(mail, Hours(0, 1), type: ChangeType.Emergency);
        var view = await change.Move(As("requester"), new MoveChange(ChangeStatus.Authorize));
        Assert.Equal(1, view.RequiredApprovals);

        view = await change.Vote(Manager("carol"), new VoteOnChange(ApprovalVote.Approve));
        Assert.Equal(ChangeStatus.Scheduled, view.Status);
        await change.Move(As("erin"), new MoveChange(ChangeStatus.Implement));
        await change.Move(As("erin"), new MoveChange(ChangeStatus.Review, ChangeOutcome.SuccessfulWithIssues));

        await Assert.ThrowsAsync<DomainValidationException>(() => change.Move(As("erin"), new MoveChange(ChangeStatus.Closed)));
        view = await change.Move(As("erin"), new MoveChange(ChangeStatus.Closed, Notes: "Could not wait: relays were dropping mail. Add monitoring."));
        Assert.Equal(ChangeStatus.Closed, view.Status);
    }

    [Fact]
    public async Task A_standard_change_follows_its_template_straight_to_scheduled()
    {
        var mail = await Service("mail");
        var template = new ChangeTemplate($"restart-{_suffix}", "Restart a relay", "", "systemctl restart relay", "none needed", [mail], TimeSpan.FromHours(1));
        await fixture.Client.GetGrain<IChangeCatalogGrain>(0).DefineTemplate(Manager("carol"), template);
        var change = fixture.Client.GetGrain<IChangeGrain>(Guid.NewGuid());

        var tooLong = await Assert.ThrowsAsync<DomainValidationException>(() => change.Create(As("requester"),
            new CreateChange(ChangeType.Standard, "Restart relay 2", "", mail, template.Id, Implementer: Person("erin"), Window: Hours(1, 3))));
        Assert.Contains("window", tooLong.Errors.Keys);

        var view = await change.Create(As("requester"),
            new CreateChange(ChangeType.Standard, "Restart relay 2", "", mail, template.Id, Implementer: Person("erin"), Window: Hours(1, 1.5)));
        Assert.Equal("systemctl restart relay", view.ImplementationPlan);
        Assert.Equal(RiskLevel.Low, view.Risk!.Level);
        Assert.Equal(0, view.RequiredApprovals);

        view = await change.Move(As("requester"), new MoveChange(ChangeStatus.Scheduled));
        Assert.Equal(ChangeStatus.Scheduled, view.Status);
    }

    [Fact]
    public async Task A_failed_change_raises_the_risk_of_the_next_change_on_the_same_service()
    {
        var mail = await Service("mail", criticality: 4);
        var (before, beforeView) = await Raise(mail, Hours(200, 201));
        var (failed, _) = await Raise(mail, Hours(1, 2), implementer: "frank", type: ChangeType.Emergency);
        await failed.Move(As("requester"), new MoveChange(ChangeStatus.Authorize));
        await failed.Vote(Manager("carol"), new VoteOnChange(ApprovalVote.Approve));
        await failed.Move(As("frank"), new MoveChange(ChangeStatus.Implement));
        await failed.Move(As("frank"), new MoveChange(ChangeStatus.Review, ChangeOutcome.BackedOut));

        var (_, after) = await Raise(mail, Hours(200, 201), implementer: "gina");

        Assert.DoesNotContain(beforeView.Risk!.Factors, f => f.Factor == "recentFailures");
        Assert.Contains(after.Risk!.Factors, f => f.Factor == "recentFailures" && f.Points > 0);
        Assert.True(after.Risk.Score > beforeView.Risk.Score);
        _ = before;
    }

    [Fact]
    public async Task An_incident_caused_by_a_change_shows_on_both_records()
    {
        var mail = await Service("mail");
        var (change, view) = await Raise(mail, Hours(1, 2));
        var incident = fixture.Client.GetGrain<IIncidentGrain>(Guid.NewGuid());
        var raised = await incident.Create(Admin, new CreateIncident("Mail bounces", "", Impact.Medium, Urgency.High, "noc", mail));

        view = await change.LinkCausedIncident(As("erin"), raised.Id);

        Assert.Equal(raised.Number, Assert.Single(view.CausedIncidents).Number);
        Assert.Equal(new ChangeReference(view.Id, view.Number), (await incident.Get(Callers.Noc("noc"))).CausedByChange);
        Assert.Contains((await incident.GetHistory(Callers.Noc("noc"))), h => h.Kind == HistoryKind.LinkedToChange);
    }

    [Fact]
    public async Task Stale_edits_are_refused_and_a_retried_create_returns_the_first_change()
    {
        var mail = await Service("mail");
        var id = Guid.NewGuid();
        var command = new CreateChange(ChangeType.Normal, "Rotate certificates", "", mail, Window: Hours(5, 6), Implementer: Person("erin"));
        var context = As("requester") with { RequestId = "create-1" };
        var first = await fixture.Client.GetGrain<IChangeGrain>(id).Create(context, command);
        var again = await fixture.Client.GetGrain<IChangeGrain>(id).Create(context, command);
        Assert.Equal(first.Number, again.Number);
        Assert.Equal(first.Version, again.Version);

        await fixture.Client.GetGrain<IChangeGrain>(id).Update(As("requester") with { ExpectedVersion = first.Version }, new UpdateChange(Title: "Rotate TLS certificates"));
        var stale = await Assert.ThrowsAsync<VersionConflictException>(() =>
            fixture.Client.GetGrain<IChangeGrain>(id).Update(As("requester") with { ExpectedVersion = first.Version }, new UpdateChange(Title: "Other")));
        Assert.Equal(first.Version + 1, stale.CurrentVersion);
    }

    [Fact]
    public async Task Requesters_see_no_changes_and_the_NOC_reads_but_does_not_edit()
    {
        var mail = await Service("mail");
        var (change, _) = await Raise(mail, Hours(1, 2));
        await Assert.ThrowsAsync<NotFoundException>(() => change.Get(Callers.Requester("rita")));
        await change.Get(Callers.Noc("noc"));
        await Assert.ThrowsAsync<ForbiddenException>(() => change.Update(new CommandContext(Callers.Noc("noc")), new UpdateChange(Title: "x")));
    }

    [Fact]
    public async Task Plans_are_fixed_once_the_change_waits_for_authorisation()
    {
        var mail = await Service("mail");
        var (change, _) = await Raise(mail, Hours(1, 2));
        await change.Move(As("requester"), new MoveChange(ChangeStatus.Assess));
        await change.Move(As("requester"), new MoveChange(ChangeStatus.Authorize));

        var refused = await Assert.ThrowsAsync<DomainValidationException>(() => change.Update(As("requester"), new UpdateChange(Window: Hours(3, 4))));
        Assert.Contains("window", refused.Errors.Keys);
        await change.Update(As("requester"), new UpdateChange(Title: "Patch mail relays (all four)"));
    }
}
