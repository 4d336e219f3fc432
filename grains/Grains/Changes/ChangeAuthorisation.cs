using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Domain.Changes;

namespace ItsmOrleans.Grains.Changes;

/// <summary>
/// The CAB's quorum rule: a normal change needs as many approvals as its risk calls for, an emergency change one;
/// any rejection ends the round. Nobody approves a change they requested or carry out.
/// </summary>
public static class ChangeAuthorisation
{
    public static int RequiredApprovals(ChangeType type, RiskLevel? risk, ChangeOptions options) => type switch
    {
        ChangeType.Standard => 0,
        ChangeType.Emergency => 1,
        _ => risk switch
        {
            RiskLevel.High => options.HighRiskApprovals,
            RiskLevel.Moderate => options.ModerateRiskApprovals,
            _ => options.LowRiskApprovals,
        },
    };

    public static AuthorisationDecision Decide(IReadOnlyList<Approval> approvals, int required) =>
        approvals.Any(a => a.Vote == ApprovalVote.Reject) ? AuthorisationDecision.Rejected
        : required > 0 && approvals.Count(a => a.Vote == ApprovalVote.Approve) >= required ? AuthorisationDecision.Authorised
        : AuthorisationDecision.Pending;

    /// <summary>Checks that <paramref name="caller"/> may vote on the change; throws otherwise.</summary>
    public static void EnsureMayVote(Caller caller, ChangeState change, VoteOnChange vote)
    {
        if (!caller.Is(Role.ChangeManager) && !caller.Is(Role.Admin))
        {
            throw new ForbiddenException("Only change managers vote on changes.");
        }

        if (change.Status != ChangeStatus.Authorize)
        {
            throw new DomainValidationException("status", $"{change.Number} is not waiting for authorisation.");
        }

        if (SameName(caller.Name, change.RequestedBy) || SameName(caller.Name, change.Implementer))
        {
            throw new ForbiddenException("You requested or carry out this change; another change manager must authorise it.");
        }

        if (vote.Vote == ApprovalVote.Reject && string.IsNullOrWhiteSpace(vote.Comment))
        {
            throw new DomainValidationException("comment", "Say why the change is rejected.");
        }
    }

    private static bool SameName(string a, string? b) => b is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
