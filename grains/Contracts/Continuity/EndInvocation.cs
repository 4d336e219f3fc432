namespace ItsmOrleans.Contracts.Continuity;

/// <summary>Ends the invocation under way: the service is recovered, or the invocation is stood down without recovery.</summary>
[GenerateSerializer, Immutable, Alias("itsm.EndInvocation")]
public sealed record EndInvocation(InvocationOutcome Outcome, string? Notes = null);
