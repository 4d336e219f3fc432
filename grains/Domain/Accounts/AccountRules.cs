using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.Validation;
using ItsmOrleans.Domain.Validation;

namespace ItsmOrleans.Domain.Accounts;

/// <summary>Field rules of local accounts and API keys.</summary>
public static class AccountRules
{
    public const int MaxGroups = 50;
    public const int LockAfterFailures = 5;
    public static readonly TimeSpan LockFor = TimeSpan.FromMinutes(5);

    /// <summary>Signed-out sessions an account remembers; one more ends every session of the account instead.</summary>
    public const int MaxEndedSessions = 200;

    /// <summary>User names are what people type to sign in: letters, digits and . _ - @, up to 64 characters.</summary>
    public static void ValidateUserName(FieldErrors errors, string? userName)
    {
        errors.Text("userName", userName, 64, required: true);
        if (userName is not null && userName.Any(c => !char.IsAsciiLetterOrDigit(c) && c is not ('.' or '_' or '-' or '@')))
        {
            errors.Add("userName", "A user name has only letters, digits and . _ - @.");
        }
        else if (userName is not null && StorageKeyRules.SharesStorageWithAnother(userName.Trim()))
        {
            errors.Add("userName", "A user name made only of digits and the letters a to f cannot start with 0.");
        }
        else if (userName is not null && CallerNames.IsReserved(userName.Trim()))
        {
            errors.Add("userName", $"'{userName.Trim()}' is the name the hub itself acts under; choose another.");
        }
    }

    /// <summary>A manager is named by user name; whether that account exists is the account grain's to check.</summary>
    public static void ValidateManager(FieldErrors errors, string? manager) =>
        errors.Text("manager", manager, 64, required: false);

    public static void ValidateRolesAndGroups(FieldErrors errors, IReadOnlyList<Role>? roles, IReadOnlyList<string>? groups)
    {
        if (roles is not null && (roles.Count == 0 || roles.Any(r => !Enum.IsDefined(r))))
        {
            errors.Add("roles", $"Give one or more of: {string.Join(", ", RoleNames.All.Select(RoleNames.Of))}.");
        }

        if (groups is null)
        {
            return;
        }

        if (groups.Count > MaxGroups)
        {
            errors.Add("groups", $"At most {MaxGroups} groups.");
        }

        foreach (var group in groups)
        {
            errors.Text("groups", group, TextLimits.Name, required: true);
        }
    }
}
