namespace ItsmOrleans.Contracts.Changes;

/// <summary>The risk of a change: the questionnaire plus automatic factors (service criticality, lead time, recent failures).</summary>
[GenerateSerializer, Immutable, Alias("itsm.RiskAssessment")]
public sealed record RiskAssessment(RiskLevel Level, int Score, IReadOnlyList<RiskFactor> Factors, DateTimeOffset AssessedAt);
