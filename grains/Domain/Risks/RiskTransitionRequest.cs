using ItsmOrleans.Contracts.Risks;

namespace ItsmOrleans.Domain.Risks;

/// <summary>What a risk workflow guard looks at: the move asked for and what the risk records so far.</summary>
public sealed record RiskTransitionRequest(
    MoveRisk Command,
    RiskRating? Inherent,
    RiskRating? Residual,
    RiskTreatment? Treatment,
    int ControlsAndActions,
    DateOnly? ReviewBy);
