namespace ItsmOrleans.Contracts.Changes;

/// <summary>Edits a change; every field left null stays as it is. Plans and window are frozen once the change is authorised.</summary>
[GenerateSerializer, Immutable, Alias("itsm.UpdateChange")]
public sealed record UpdateChange(
    string? Title = null,
    string? Description = null,
    string? ServiceId = null,
    string? Impact = null,
    string? ImplementationPlan = null,
    string? BackoutPlan = null,
    string? TestPlan = null,
    IReadOnlyList<Alternative>? Alternatives = null,
    string? Implementer = null,
    ChangeWindow? Window = null,
    RiskAnswers? RiskAnswers = null);
