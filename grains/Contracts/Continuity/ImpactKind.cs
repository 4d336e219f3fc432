namespace ItsmOrleans.Contracts.Continuity;

/// <summary>The kind of harm an outage does.</summary>
public enum ImpactKind
{
    Operational,
    Financial,
    Reputational,
    Regulatory,
    Safety,
}
