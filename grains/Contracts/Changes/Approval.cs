namespace ItsmOrleans.Contracts.Changes;

/// <summary>One approver's vote in the current round of authorisation.</summary>
[GenerateSerializer, Immutable, Alias("itsm.ChangeApproval")]
public sealed record Approval(string Approver, ApprovalVote Vote, string? Comment, DateTimeOffset At);
