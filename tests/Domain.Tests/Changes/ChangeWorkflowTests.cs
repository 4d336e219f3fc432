using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Grains.Changes;
using static ItsmOrleans.Contracts.Changes.ChangeStatus;

namespace ItsmOrleans.Domain.Tests.Changes;

public class ChangeWorkflowTests
{
    /// <summary>The specification, written independently of the tables it checks.</summary>
    private static readonly Dictionary<ChangeType, (ChangeStatus From, ChangeStatus To)[]> Allowed = new()
    {
        [ChangeType.Normal] =
        [
            (New, Assess), (New, Cancelled), (Assess, Authorize), (Assess, Cancelled), (Authorize, Scheduled), (Authorize, Assess),
            (Authorize, Cancelled), (Scheduled, Implement), (Scheduled, Assess), (Scheduled, Cancelled), (Implement, Review), (Review, Closed),
        ],
        [ChangeType.Emergency] =
        [
            (New, Authorize), (New, Cancelled), (Authorize, Scheduled), (Authorize, New), (Authorize, Cancelled),
            (Scheduled, Implement), (Scheduled, Cancelled), (Implement, Review), (Review, Closed),
        ],
        [ChangeType.Standard] =
        [
            (New, Scheduled), (New, Cancelled), (Scheduled, Implement), (Scheduled, New), (Scheduled, Cancelled), (Implement, Review), (Review, Closed),
        ],
    };

    public static TheoryData<ChangeType, ChangeStatus, ChangeStatus> EveryPair()
    {
        var data = new TheoryData<ChangeType, ChangeStatus, ChangeStatus>();
        foreach (var type in Enum.GetValues<ChangeType>())
        {
            foreach (var from in Enum.GetValues<ChangeStatus>())
            {
                foreach (var to in Enum.GetValues<ChangeStatus>())
                {
                    data.Add(type, from, to);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Each_type_allows_exactly_its_documented_moves(ChangeType type, ChangeStatus from, ChangeStatus to)
    {
        var request = Ready(type, to);
        if (Allowed[type].Contains((from, to)))
        {
            ChangeWorkflow.For(type).EnsureAllowed(from, to, request);
        }
        else
        {
            var refused = Assert.Throws<InvalidTransitionException>(() => ChangeWorkflow.For(type).EnsureAllowed(from, to, request));
            Assert.Equal(ChangeWorkflow.For(type).AllowedFrom(from).Select(ChangeWorkflow.Name), refused.Allowed);
        }
    }

    [Fact]
    public void Standard_changes_skip_assessment_and_authorisation()
    {
        Assert.DoesNotContain(Assess, ChangeWorkflow.Standard.AllowedFrom(New));
        Assert.DoesNotContain(Authorize, ChangeWorkflow.Standard.AllowedFrom(New));
        Assert.Contains(Scheduled, ChangeWorkflow.Standard.AllowedFrom(New));
    }

    [Fact]
    public void Submitting_a_normal_change_needs_plans_a_window_an_implementer_and_risk_answers()
    {
        var change = Planned(ChangeType.Normal);
        change.BackoutPlan = null;
        Assert.Equal("backoutPlan", Refusal(change, Assess, Authorize));
        change = Planned(ChangeType.Normal);
        change.Window = null;
        Assert.Equal("window", Refusal(change, Assess, Authorize));
        change = Planned(ChangeType.Normal);
        change.Implementer = null;
        Assert.Equal("implementer", Refusal(change, Assess, Authorize));
        change = Planned(ChangeType.Normal);
        change.RiskAnswers = null;
        Assert.Equal("riskAnswers", Refusal(change, Assess, Authorize));
    }

    [Fact]
    public void An_emergency_change_may_be_submitted_without_risk_answers()
    {
        var change = Planned(ChangeType.Emergency);
        change.RiskAnswers = null;
        ChangeWorkflow.Emergency.EnsureAllowed(New, Authorize, new ChangeTransitionRequest(change, new MoveChange(Authorize), [], 1));
    }

    [Fact]
    public void Unresolved_conflicts_stop_a_change_until_someone_overrides_them_with_a_reason()
    {
        var conflict = new ChangeConflict(ConflictKind.Freeze, "year-end", "The window falls in the change freeze 'Year end'.");
        var change = Planned(ChangeType.Normal);
        var refused = Assert.Throws<DomainValidationException>(() =>
            ChangeWorkflow.Normal.EnsureAllowed(Assess, Authorize, new ChangeTransitionRequest(change, new MoveChange(Authorize), [conflict], 1)));
        Assert.Contains("overrideReason", refused.Errors.Keys);
        Assert.Contains("Year end", refused.Errors["overrideReason"][0]);

        ChangeWorkflow.Normal.EnsureAllowed(Assess, Authorize,
            new ChangeTransitionRequest(change, new MoveChange(Authorize, OverrideReason: "Payroll fix cannot wait"), [conflict], 1));
    }

    [Fact]
    public void Scheduling_needs_the_quorum_of_approvals()
    {
        var change = Planned(ChangeType.Normal);
        change.Approvals = [new Approval("carol", ApprovalVote.Approve, null, DateTimeOffset.UnixEpoch)];
        Assert.Contains("approvals", Assert.Throws<DomainValidationException>(() =>
            ChangeWorkflow.Normal.EnsureAllowed(Authorize, Scheduled, new ChangeTransitionRequest(change, new MoveChange(Scheduled), [], 2))).Errors.Keys);
        change.Approvals.Add(new Approval("dave", ApprovalVote.Approve, null, DateTimeOffset.UnixEpoch));
        ChangeWorkflow.Normal.EnsureAllowed(Authorize, Scheduled, new ChangeTransitionRequest(change, new MoveChange(Scheduled), [], 2));
    }

    [Fact]
    public void Finishing_the_implementation_needs_its_outcome_and_cancelling_needs_a_reason()
    {
        var change = Planned(ChangeType.Normal);
        Assert.Equal("outcome", Refusal(change, Implement, Review));
        Assert.Equal("notes", Refusal(change, Scheduled, Cancelled));
    }

    [Fact]
    public void An_emergency_change_closes_only_with_a_retrospective_review()
    {
        var change = Planned(ChangeType.Emergency);
        Assert.Equal("notes", Refusal(change, Review, Closed, ChangeType.Emergency));
        ChangeWorkflow.Normal.EnsureAllowed(Review, Closed, new ChangeTransitionRequest(Planned(ChangeType.Normal), new MoveChange(Closed), [], 1));
    }

    [Fact]
    public void Closed_and_cancelled_changes_allow_nothing()
    {
        foreach (var type in Enum.GetValues<ChangeType>())
        {
            Assert.Empty(ChangeWorkflow.For(type).AllowedFrom(Closed));
            Assert.Empty(ChangeWorkflow.For(type).AllowedFrom(Cancelled));
        }
    }

    private static string Refusal(ChangeState change, ChangeStatus from, ChangeStatus to, ChangeType type = ChangeType.Normal) =>
        Assert.Single(Assert.Throws<DomainValidationException>(() =>
            ChangeWorkflow.For(type).EnsureAllowed(from, to, new ChangeTransitionRequest(change, new MoveChange(to), [], 1))).Errors.Keys);

    /// <summary>A request every guard accepts: full plans, votes enough, outcome and notes given.</summary>
    private static ChangeTransitionRequest Ready(ChangeType type, ChangeStatus to)
    {
        var change = Planned(type);
        change.Approvals = [new Approval("carol", ApprovalVote.Approve, null, DateTimeOffset.UnixEpoch)];
        return new ChangeTransitionRequest(change, new MoveChange(to, ChangeOutcome.Successful, "done"), [], 1);
    }

    private static ChangeState Planned(ChangeType type) => new()
    {
        Created = true,
        Number = "CHG0000001",
        Type = type,
        ServiceId = "email",
        ImplementationPlan = "Patch the mail servers one by one.",
        BackoutPlan = "Reinstall the previous package.",
        Implementer = "erin",
        Window = new ChangeWindow(DateTimeOffset.UnixEpoch.AddDays(20_000), DateTimeOffset.UnixEpoch.AddDays(20_000).AddHours(2)),
        RiskAnswers = new RiskAnswers(ChangeComplexity.Low, true, true, false, UserReach.Some),
    };
}
