namespace ItsmOrleans.Contracts.Continuity;

/// <summary>One step of an outage's harm: once it has lasted <paramref name="After"/>, this is what the business suffers.</summary>
[GenerateSerializer, Immutable, Alias("itsm.OutageImpact")]
public sealed record OutageImpact(TimeSpan After, ImpactKind Kind, string Description);
