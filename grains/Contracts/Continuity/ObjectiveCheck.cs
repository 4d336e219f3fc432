namespace ItsmOrleans.Contracts.Continuity;

/// <summary>
/// One service's recovery objectives against those of the services that depend on it: the tightest RTO and RPO its
/// dependents need of it (and which dependent needs it), and whether its own objectives fall short of them.
/// </summary>
[GenerateSerializer, Immutable, Alias("itsm.ObjectiveCheck")]
public sealed record ObjectiveCheck(
    string ServiceId,
    RecoveryObjectives? Own,
    TimeSpan? RequiredRto,
    string? RtoRequiredBy,
    TimeSpan? RequiredRpo,
    string? RpoRequiredBy)
{
    /// <summary>Its own RTO is longer than a dependent needs: the dependent cannot be back in time.</summary>
    public bool RtoTooLong => Own is { } own && RequiredRto is { } required && own.Rto > required;

    /// <summary>Its own RPO is longer than a dependent needs: the dependent would lose more data than it may.</summary>
    public bool RpoTooLong => Own is { } own && RequiredRpo is { } required && own.Rpo > required;

    public bool Inconsistent => RtoTooLong || RpoTooLong;
}
