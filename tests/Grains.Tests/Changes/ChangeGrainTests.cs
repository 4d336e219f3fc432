using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Grains.Tests.Changes;

/// <summary>Changes through their workflow: CAB quorum, emergency and standard changes, risk, caused incidents, versions and access.</summary>
[Collection(ClusterTests.Name)]
public class ChangeGrainTests(ClusterFixture fixture) : ChangeGrainTest(fixture)
{
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
        var template = new ChangeTemplate($"restart-{Suffix}", "Restart a relay", "", "systemctl restart relay", "none needed", [mail], TimeSpan.FromHours(1));
        await Fixture.Client.GetGrain<IChangeCatalogGrain>(0).DefineTemplate(Manager("carol"), template);
        var change = Fixture.Client.GetGrain<IChangeGrain>(Guid.NewGuid());
        var erin = await Implementer("erin");

        var tooLong = await Assert.ThrowsAsync<DomainValidationException>(() => change.Create(As("requester"),
            new CreateChange(ChangeType.Standard, "Restart relay 2", "", mail, template.Id, Implementer: erin, Window: Hours(1, 3))));
        Assert.Contains("window", tooLong.Errors.Keys);

        var view = await change.Create(As("requester"),
            new CreateChange(ChangeType.Standard, "Restart relay 2", "", mail, template.Id, Implementer: erin, Window: Hours(1, 1.5)));
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
        var incident = Fixture.Client.GetGrain<IIncidentGrain>(Guid.NewGuid());
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
        var command = new CreateChange(ChangeType.Normal, "Rotate certificates", "", mail, Window: Hours(5, 6), Implementer: await Implementer("erin"));
        var context = As("requester") with { RequestId = "create-1" };
        var first = await Fixture.Client.GetGrain<IChangeGrain>(id).Create(context, command);
        var again = await Fixture.Client.GetGrain<IChangeGrain>(id).Create(context, command);
        Assert.Equal(first.Number, again.Number);
        Assert.Equal(first.Version, again.Version);

        await Fixture.Client.GetGrain<IChangeGrain>(id).Update(As("requester") with { ExpectedVersion = first.Version }, new UpdateChange(Title: "Rotate TLS certificates"));
        var stale = await Assert.ThrowsAsync<VersionConflictException>(() =>
            Fixture.Client.GetGrain<IChangeGrain>(id).Update(As("requester") with { ExpectedVersion = first.Version }, new UpdateChange(Title: "Other")));
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
