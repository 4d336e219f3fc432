using ItsmOrleans.Contracts.Security;

namespace ItsmOrleans.Contracts.Accounts;

/// <summary>A local account to create (embedded mode, or anywhere without an identity provider).</summary>
[GenerateSerializer, Immutable, Alias("itsm.NewUserAccount")]
public sealed record NewUserAccount(string UserName, string DisplayName, IReadOnlyList<Role> Roles, IReadOnlyList<string> Groups, string PasswordHash, string CreatedBy);
