namespace ItsmOrleans.Contracts.Risks;

/// <summary>One cell of the heat map: how many risks sit at this impact and likelihood.</summary>
public sealed record RiskHeatCell(int Impact, int Likelihood, int Count);
