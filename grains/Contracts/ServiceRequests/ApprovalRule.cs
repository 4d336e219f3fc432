namespace ItsmOrleans.Contracts.ServiceRequests;

/// <summary>A catalogue item's approval rule. <paramref name="Required"/> counts for N of M only.</summary>
[GenerateSerializer, Immutable, Alias("itsm.ApprovalRule")]
public sealed record ApprovalRule(ApprovalKind Kind, IReadOnlyList<string> Approvers, int Required = 0)
{
    public static ApprovalRule NoApproval { get; } = new(ApprovalKind.None, []);
}
