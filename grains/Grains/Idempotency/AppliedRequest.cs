namespace ItsmOrleans.Grains.Idempotency;

/// <summary>A command already applied under an idempotency key, and a fingerprint of what it asked for.</summary>
[GenerateSerializer, Immutable, Alias("itsm.AppliedRequest")]
public sealed record AppliedRequest(string RequestId, string Fingerprint);
