using ItsmOrleans.Contracts.Security;

namespace ItsmOrleans.Contracts.Accounts;

/// <summary>A local account to create (embedded mode, or anywhere without an identity provider).</summary>
/// <param name="Manager">The user who approves this person's requests that need their manager; an existing account, or null.</param>
[GenerateSerializer, Immutable, Alias("itsm.NewUserAccount")]
public sealed record NewUserAccount(
    string UserName,
    string DisplayName,
    IReadOnlyList<Role> Roles,
    IReadOnlyList<string> Groups,
    string PasswordHash,
    string CreatedBy,
    string? Manager = null);
