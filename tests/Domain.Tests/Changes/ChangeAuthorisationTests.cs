using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Domain.Changes;
using ItsmOrleans.Grains.Changes;

namespace ItsmOrleans.Domain.Tests.Changes;

public class ChangeAuthorisationTests
{
    private static readonly ChangeOptions Options = new() { LowRiskApprovals = 1, ModerateRiskApprovals = 2, HighRiskApprovals = 3 };

    [Theory]
    [InlineData(ChangeType.Normal, RiskLevel.Low, 1)]
    [InlineData(ChangeType.Normal, RiskLevel.Moderate, 2)]
    [InlineData(ChangeType.Normal, RiskLevel.High, 3)]
    [InlineData(ChangeType.Emergency, RiskLevel.High, 1)]
    [InlineData(ChangeType.Standard, RiskLevel.Low, 0)]
    public void The_quorum_follows_type_and_risk(ChangeType type, RiskLevel risk, int required) =>
        Assert.Equal(required, ChangeAuthorisation.RequiredApprovals(type, risk, Options));

    [Fact]
    public void A_round_is_authorised_at_the_quorum_and_ends_at_the_first_rejection()
    {
        var approvals = new List<Approval> { Vote("carol", ApprovalVote.Approve) };
        Assert.Equal(AuthorisationDecision.Pending, ChangeAuthorisation.Decide(approvals, 2));
        approvals.Add(Vote("dave", ApprovalVote.Approve));
        Assert.Equal(AuthorisationDecision.Authorised, ChangeAuthorisation.Decide(approvals, 2));
        approvals.Add(Vote("frank", ApprovalVote.Reject));
        Assert.Equal(AuthorisationDecision.Rejected, ChangeAuthorisation.Decide(approvals, 2));
    }

    [Fact]
    public void Nobody_approves_their_own_change_and_only_change_managers_vote()
    {
        var change = new ChangeState { Created = true, Number = "CHG0000009", Status = ChangeStatus.Authorize, RequestedBy = "carol", Implementer = "erin" };
        var approve = new VoteOnChange(ApprovalVote.Approve);
        Assert.Throws<ForbiddenException>(() => ChangeAuthorisation.EnsureMayVote(Manager("carol"), change, approve));
        Assert.Throws<ForbiddenException>(() => ChangeAuthorisation.EnsureMayVote(Manager("Erin"), change, approve));
        Assert.Throws<ForbiddenException>(() => ChangeAuthorisation.EnsureMayVote(new Caller("gina", [Role.Agent], []), change, approve));
        ChangeAuthorisation.EnsureMayVote(Manager("dave"), change, approve);
    }

    [Fact]
    public void A_rejection_must_say_why()
    {
        var change = new ChangeState { Created = true, Number = "CHG0000009", Status = ChangeStatus.Authorize, RequestedBy = "carol" };
        Assert.Contains("comment", Assert.Throws<DomainValidationException>(() =>
            ChangeAuthorisation.EnsureMayVote(Manager("dave"), change, new VoteOnChange(ApprovalVote.Reject))).Errors.Keys);
    }

    private static Caller Manager(string name) => new(name, [Role.ChangeManager], []);

    private static Approval Vote(string who, ApprovalVote vote) => new(who, vote, null, DateTimeOffset.UnixEpoch);
}
