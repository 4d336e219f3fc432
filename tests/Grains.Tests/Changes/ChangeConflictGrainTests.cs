using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Contracts.Common;

namespace ItsmOrleans.Grains.Tests.Changes;

/// <summary>Schedule conflicts between live changes, seen on both sides, and their overrides.</summary>
[Collection(ClusterTests.Name)]
public class ChangeConflictGrainTests(ClusterFixture fixture) : ChangeGrainTest(fixture)
{
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
        var freeze = new FreezePeriod($"freeze-{Suffix}", "Year end", Day, Day.AddDays(2), [mail], "Closing the books");
        await Fixture.Client.GetGrain<IChangeCatalogGrain>(0).DefineFreeze(Manager("carol"), freeze);
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
}
