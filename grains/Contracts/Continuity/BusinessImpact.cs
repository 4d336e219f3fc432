namespace ItsmOrleans.Contracts.Continuity;

/// <summary>
/// What an outage of a service does to the business (its business impact analysis): the recovery objectives, how the
/// harm grows with the outage's length, and the vital business functions that stop while it is down.
/// </summary>
/// <param name="ImpactOverTime">Ordered by <see cref="OutageImpact.After"/>: what has happened once the outage lasts that long.</param>
[GenerateSerializer, Immutable, Alias("itsm.BusinessImpact")]
public sealed record BusinessImpact(
    RecoveryObjectives? Objectives,
    IReadOnlyList<OutageImpact> ImpactOverTime,
    IReadOnlyList<string> VitalBusinessFunctions)
{
    public static readonly BusinessImpact None = new(null, [], []);
}
