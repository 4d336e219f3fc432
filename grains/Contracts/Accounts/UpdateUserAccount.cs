using ItsmOrleans.Contracts.Security;

namespace ItsmOrleans.Contracts.Accounts;

/// <summary>Changes to a local account; a null field is left as it is.</summary>
/// <param name="Manager">The user who approves this person's requests that need their manager; blank removes the manager.</param>
[GenerateSerializer, Immutable, Alias("itsm.UpdateUserAccount")]
public sealed record UpdateUserAccount(IReadOnlyList<Role>? Roles, IReadOnlyList<string>? Groups, bool? Disabled, string? DisplayName, string UpdatedBy, string? Manager = null);
