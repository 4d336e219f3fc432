using ItsmOrleans.Contracts.Changes;

namespace ItsmOrleans.Contracts.Risks;

/// <summary>A risk as GET /api/risks/{id} returns it.</summary>
[GenerateSerializer, Immutable, Alias("itsm.RiskView")]
public sealed record RiskView(
    Guid Id,
    string Number,
    string Title,
    string Description,
    string? Cause,
    RiskCategory Category,
    RiskStatus Status,
    string Owner,
    RiskLinks Links,
    RiskRating? Inherent,
    RiskBand? InherentBand,
    RiskRating? Residual,
    RiskBand? ResidualBand,
    RiskTreatment? Treatment,
    IReadOnlyList<string> Controls,
    IReadOnlyList<RiskAction> Actions,
    IReadOnlyList<Alternative> Alternatives,
    DateOnly? ReviewBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Version,
    IReadOnlyList<RiskStatus> AllowedTransitions);
