namespace ItsmOrleans.Contracts.ServiceRequests;

/// <summary>Who must approve a request before it is fulfilled.</summary>
public enum ApprovalKind
{
    None = 1,

    /// <summary>The requester's manager, named on the request.</summary>
    Manager = 2,

    /// <summary>Every named approver.</summary>
    Named = 3,

    /// <summary>A number of the named approvers.</summary>
    NOfM = 4,
}
