namespace ItsmOrleans.Contracts.Common;

/// <summary>Who issues a command, the version they saw, and an optional key that makes a retry safe.</summary>
/// <param name="Actor">The user or integration performing the change; recorded in history.</param>
/// <param name="ExpectedVersion">The version the caller last saw; a mismatch is refused instead of overwriting.</param>
/// <param name="RequestId">An idempotency key: a repeated command with the same key is applied once.</param>
[GenerateSerializer, Immutable, Alias("itsm.CommandContext")]
public sealed record CommandContext(string Actor, int? ExpectedVersion = null, string? RequestId = null);
