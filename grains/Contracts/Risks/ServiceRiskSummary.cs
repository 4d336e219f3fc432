namespace ItsmOrleans.Contracts.Risks;

/// <summary>A service's open, scored risks: how many and the highest current score, with its band (the service map's risk colours).</summary>
public sealed record ServiceRiskSummary(string ServiceId, int OpenRisks, int HighestScore, RiskBand Band);
