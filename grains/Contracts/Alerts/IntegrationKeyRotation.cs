namespace ItsmOrleans.Contracts.Alerts;

/// <summary>The outcome of rotating an integration key: the new key to configure, and the old one until it retires.</summary>
[GenerateSerializer, Immutable, Alias("itsm.IntegrationKeyRotation")]
public sealed record IntegrationKeyRotation(IntegrationKeyView Current, IntegrationKeyView Previous);
