using ItsmOrleans.Contracts.Security;

namespace ItsmOrleans.Contracts.Accounts;

/// <summary>What an admin sees of a local account: never its password hash.</summary>
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
    DateTimeOffset? LockedUntil);
