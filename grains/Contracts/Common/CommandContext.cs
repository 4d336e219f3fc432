using ItsmOrleans.Contracts.Security;

namespace ItsmOrleans.Contracts.Common;

/// <summary>Who issues a command, the version they saw, and an optional key that makes a retry safe.</summary>
/// <param name="Caller">The user or integration performing the change; its name is recorded in history.</param>
/// <param name="ExpectedVersion">The version the caller last saw; a mismatch is refused instead of overwriting.</param>
/// <param name="RequestId">An idempotency key: a repeated command with the same key is applied once.</param>
[GenerateSerializer, Immutable, Alias("itsm.CommandContext")]
public sealed record CommandContext(Caller Caller, int? ExpectedVersion = null, string? RequestId = null)
{
    public string Actor => Caller.Name;
}
