using ItsmOrleans.Contracts.Changes;

namespace ItsmOrleans.Contracts.Risks;

/// <summary>Edits a risk; every field left null stays as it is. Lists replace the whole list.</summary>
[GenerateSerializer, Immutable, Alias("itsm.UpdateRisk")]
public sealed record UpdateRisk(
    string? Title = null,
    string? Description = null,
    string? Cause = null,
    RiskCategory? Category = null,
    string? Owner = null,
    RiskLinks? Links = null,
    RiskRating? Inherent = null,
    RiskRating? Residual = null,
    RiskTreatment? Treatment = null,
    IReadOnlyList<string>? Controls = null,
    IReadOnlyList<RiskAction>? Actions = null,
    IReadOnlyList<Alternative>? Alternatives = null,
    DateOnly? ReviewBy = null);
