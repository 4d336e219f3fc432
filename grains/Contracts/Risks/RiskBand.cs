namespace ItsmOrleans.Contracts.Risks;

/// <summary>The band a score (impact × likelihood, 1–25) falls in: low 1–4, medium 5–9, high 10–16, critical 20–25.</summary>
public enum RiskBand
{
    Low = 1,
    Medium = 2,
    High = 3,
    Critical = 4,
}
