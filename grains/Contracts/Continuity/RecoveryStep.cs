namespace ItsmOrleans.Contracts.Continuity;

/// <summary>One step of a plan's recovery, in order: what is done, who does it, and how long it is expected to take.</summary>
[GenerateSerializer, Immutable, Alias("itsm.RecoveryStep")]
public sealed record RecoveryStep(string Title, string Owner, TimeSpan ExpectedDuration);
