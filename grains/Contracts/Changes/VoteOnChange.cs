namespace ItsmOrleans.Contracts.Changes;

/// <summary>A change manager approves or rejects a change waiting for authorisation. A rejection needs a comment.</summary>
[GenerateSerializer, Immutable, Alias("itsm.VoteOnChange")]
public sealed record VoteOnChange(ApprovalVote Vote, string? Comment = null);
