namespace ItsmOrleans.Contracts.Risks;

/// <summary>Records a new risk in the register.</summary>
[GenerateSerializer, Immutable, Alias("itsm.RecordRisk")]
public sealed record RecordRisk(
    string Title,
    RiskCategory Category,
    string Owner,
    string? Description = null,
    string? Cause = null,
    RiskLinks? Links = null,
    RiskRating? Inherent = null,
    DateOnly? ReviewBy = null);
