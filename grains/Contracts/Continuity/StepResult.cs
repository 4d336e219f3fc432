namespace ItsmOrleans.Contracts.Continuity;

/// <summary>How one recovery step went in an exercise: met or missed, and how long it actually took.</summary>
[GenerateSerializer, Immutable, Alias("itsm.StepResult")]
public sealed record StepResult(int Step, bool Met, TimeSpan? Actual = null);
