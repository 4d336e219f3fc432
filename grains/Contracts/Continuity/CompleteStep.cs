namespace ItsmOrleans.Contracts.Continuity;

/// <summary>Checks off one recovery step of the invocation under way (steps count from 1, as the plan lists them).</summary>
[GenerateSerializer, Immutable, Alias("itsm.CompleteStep")]
public sealed record CompleteStep(int Step, string? Note = null);
