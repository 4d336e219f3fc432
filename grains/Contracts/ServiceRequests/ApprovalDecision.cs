namespace ItsmOrleans.Contracts.ServiceRequests;

/// <summary>One approver's decision on a request.</summary>
[GenerateSerializer, Immutable, Alias("itsm.ApprovalDecision")]
public sealed record ApprovalDecision(string Approver, bool Approved, string? Comment, DateTimeOffset At);
