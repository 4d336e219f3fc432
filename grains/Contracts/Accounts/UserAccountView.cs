using ItsmOrleans.Contracts.Security;

namespace ItsmOrleans.Contracts.Accounts;

/// <summary>What an admin sees of a local account: never its password hash.</summary>
/// <param name="Manager">The user an administrator recorded as this person's manager: they approve the person's requests that need their manager.</param>
[GenerateSerializer, Immutable, Alias("itsm.UserAccountView")]
public sealed record UserAccountView(
    string UserName,
    string DisplayName,
    IReadOnlyList<Role> Roles,
    IReadOnlyList<string> Groups,
    bool Disabled,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? LastSignInAt,
    DateTimeOffset? LockedUntil,
    string? Manager = null);
