using ItsmOrleans.Contracts.Accounts;

namespace ItsmOrleans.Web.Security;

/// <summary>
/// Judges one sign-in against an account's stored credentials (null: there is no such account). Every attempt verifies
/// exactly one password hash, the account's or a decoy, whatever else decides it: how long the answer takes does not
/// tell which user names exist.
/// </summary>
public static class SignInAttempt
{
    /// <summary>Why the attempt is refused, for the audit log (never shown to the user), or null when it signs in.</summary>
    public static string? Refusal(UserCredentials? credentials, string password, LocalPasswords passwords, DateTimeOffset now)
    {
        var passwordMatches = passwords.Verify(credentials?.PasswordHash, password);
        return credentials switch
        {
            null => "unknown user",
            { Disabled: true } => "account disabled",
            { LockedUntil: { } until } when until > now => $"account locked until {until:O}",
            _ when !passwordMatches => "wrong password",
            _ => null,
        };
    }
}
