using ItsmOrleans.Contracts.Security;

namespace ItsmOrleans.Contracts.Accounts;

/// <summary>Changes to a local account; a null field is left as it is.</summary>
[GenerateSerializer, Immutable, Alias("itsm.UpdateUserAccount")]
public sealed record UpdateUserAccount(IReadOnlyList<Role>? Roles, IReadOnlyList<string>? Groups, bool? Disabled, string? DisplayName, string UpdatedBy);
