namespace ItsmOrleans.Contracts.Escalations;

/// <summary>One level of a policy: whom it notifies, and how long it waits for an acknowledgement before the next level.</summary>
[GenerateSerializer, Immutable, Alias("itsm.EscalationLevel")]
public sealed record EscalationLevel(IReadOnlyList<EscalationTarget> Targets, TimeSpan EscalateAfter);
