using ItsmOrleans.Domain.Accounts;

namespace ItsmOrleans.Web.Apis;

/// <summary>POST /api/admin/users.</summary>
/// <param name="Manager">The user who approves this person's requests that need their manager's approval.</param>
public sealed record CreateUserRequest(string? UserName, string? DisplayName, string[]? Roles, string[]? Groups, string? Password, string? Manager = null);

/// <summary>PATCH /api/admin/users/{userName}: only the fields sent change; a blank <paramref name="Manager"/> removes it.</summary>
public sealed record UpdateUserRequest(string[]? Roles = null, string[]? Groups = null, bool? Disabled = null, string? DisplayName = null, string? Manager = null);

/// <summary>POST /api/admin/users/{userName}/password.</summary>
public sealed record SetPasswordRequest(string? Password);

/// <summary>POST /api/admin/api-keys.</summary>
public sealed record CreateApiKeyRequest(string? Name, string? Role, string[]? Groups);

/// <summary>The answer to creating an API key: the key itself is shown this once and never again.</summary>
public sealed record CreatedApiKey(string Key, Contracts.Accounts.ApiKeyView ApiKey);

/// <summary>Field checks shared by the account requests.</summary>
public static class AccountRequestRules
{
    public const int MaxRoles = 5;

    public static IReadOnlyList<Role>? Roles(FieldErrors errors, string[]? names, bool required)
    {
        if (names is null)
        {
            if (required)
            {
                errors.Add("roles", $"Give one or more of: {string.Join(", ", RoleNames.All.Select(RoleNames.Of))}.");
            }

            return null;
        }

        if (names.Length > MaxRoles)
        {
            errors.Add("roles", $"At most {MaxRoles} roles.");
            return null;
        }

        var roles = names.Select(RoleNames.Parse).ToList();
        if (roles.Any(r => r is null))
        {
            errors.Add("roles", $"Unknown role; use: {string.Join(", ", RoleNames.All.Select(RoleNames.Of))}.");
            return null;
        }

        return [.. roles.OfType<Role>()];
    }

    public static void Password(FieldErrors errors, string? password)
    {
        if (LocalPasswords.Problem(password) is { } problem)
        {
            errors.Add("password", problem);
        }
    }

    public static void Groups(FieldErrors errors, string[]? groups) =>
        AccountRules.ValidateRolesAndGroups(errors, null, groups);
}
