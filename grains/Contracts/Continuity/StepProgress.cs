namespace ItsmOrleans.Contracts.Continuity;

/// <summary>One recovery step during an invocation: the plan's step as it was when invoked, and who checked it off when.</summary>
[GenerateSerializer, Immutable, Alias("itsm.StepProgress")]
public sealed record StepProgress(int Step, string Title, string Owner, TimeSpan ExpectedDuration, DateTimeOffset? DoneAt = null, string? DoneBy = null, string? Note = null);
