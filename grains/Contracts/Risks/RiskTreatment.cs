namespace ItsmOrleans.Contracts.Risks;

/// <summary>What is done about a risk: stop doing what causes it, lower it with controls, hand it to someone else, or live with it.</summary>
public enum RiskTreatment
{
    Avoid = 1,
    Mitigate = 2,
    Transfer = 3,
    Accept = 4,
}
