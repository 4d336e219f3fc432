namespace ItsmOrleans.Contracts.Changes;

/// <summary>A change manager's decision on a change waiting for authorisation.</summary>
public enum ApprovalVote
{
    Approve = 1,
    Reject = 2,
}
