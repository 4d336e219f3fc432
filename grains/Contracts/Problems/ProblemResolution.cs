namespace ItsmOrleans.Contracts.Problems;

/// <summary>How a problem ended: the fix was applied, or the risk of living with it was accepted.</summary>
public enum ProblemResolution
{
    FixApplied = 1,
    RiskAccepted = 2,
}
