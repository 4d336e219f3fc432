namespace ItsmOrleans.Contracts.Problems;

/// <summary>Points at the problem an incident is linked to, with the workaround agents can apply meanwhile.</summary>
[GenerateSerializer, Immutable, Alias("itsm.ProblemReference")]
public sealed record ProblemReference(Guid Id, string Number, string? Workaround, bool KnownError);
