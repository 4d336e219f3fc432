namespace ItsmOrleans.Contracts.ServiceRequests;

/// <summary>Who must approve a request before it is fulfilled.</summary>
public enum ApprovalKind
{
    None = 1,

    /// <summary>
    /// The manager an administrator recorded on the account of the person the request is for, or anyone holding an
    /// approving role (who alone decide when no manager is recorded).
    /// </summary>
    Manager = 2,

    /// <summary>Every named approver.</summary>
    Named = 3,

    /// <summary>A number of the named approvers.</summary>
    NOfM = 4,
}
