using ItsmOrleans.Contracts.Security;

namespace ItsmOrleans.Contracts.Accounts;

/// <summary>What an admin sees of an API key: never its secret.</summary>
[GenerateSerializer, Immutable, Alias("itsm.ApiKeyView")]
public sealed record ApiKeyView(
    string Id,
    string Name,
    Role Role,
    IReadOnlyList<string> Groups,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastUsedAt,
    DateTimeOffset? RevokedAt,
    string? RevokedBy);
