namespace ItsmOrleans.Contracts.Changes;

/// <summary>The outcome of a risk assessment; it decides how many CAB approvals a normal change needs.</summary>
public enum RiskLevel
{
    Low = 1,
    Moderate = 2,
    High = 3,
}
