namespace ItsmOrleans.Contracts.Slas;

/// <summary>How long an SLA allows for the first response and for resolution.</summary>
[GenerateSerializer, Immutable, Alias("itsm.SlaTargets")]
public sealed record SlaTargets(TimeSpan Response, TimeSpan Resolution);
