using System.Security.Claims;
using ItsmOrleans.Contracts.Accounts;
using ItsmOrleans.Hosting.Audit;

namespace ItsmOrleans.Web.Security;

/// <summary>Checks a local account's password, counts failures towards the lockout, and records the attempt.</summary>
public sealed class LocalSignIn(IGrainFactory grains, LocalPasswords passwords, IAuditLog audit, TimeProvider time)
{
    public const string StampClaim = "itsm:stamp";

    /// <summary>The principal to sign in, or null with a reason kept for the audit log (never shown to the user).</summary>
    public async Task<ClaimsPrincipal?> SignIn(string userName, string password, string? remoteAddress, CancellationToken cancellationToken)
    {
        var key = Normalize(userName);
        var account = grains.GetGrain<IUserAccountGrain>(key);
        var credentials = key.Length == 0 ? null : await account.GetCredentials();
        var passwordMatches = passwords.Verify(credentials?.PasswordHash, password);
        var refusal = credentials switch
        {
            null => "unknown user",
            { Disabled: true } => "account disabled",
            { LockedUntil: { } until } when until > time.GetUtcNow() => $"account locked until {until:O}",
            _ when !passwordMatches => "wrong password",
            _ => null,
        };
        if (credentials is not null && !credentials.Disabled)
        {
            await account.RecordSignIn(refusal is null);
        }

        await audit.Record(new AuditEntry(refusal is null ? AuditKinds.SignIn : AuditKinds.SignInFailed, Truncate(userName), key, refusal, remoteAddress), cancellationToken);
        if (refusal is not null || credentials is null)
        {
            return null;
        }

        var principal = CallerClaims.ToPrincipal(credentials.Caller, "local");
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(StampClaim, credentials.SecurityStamp));
        return principal;
    }

    /// <summary>Whether a signed-in session still stands: the account exists, is enabled and unchanged since sign-in.</summary>
    public async Task<bool> IsStillValid(ClaimsPrincipal principal)
    {
        if (principal.FindFirst(StampClaim)?.Value is not { } stamp || principal.Identity?.Name is not { } name)
        {
            return false;
        }

        var credentials = await grains.GetGrain<IUserAccountGrain>(Normalize(name)).GetCredentials();
        return credentials is { Disabled: false } && credentials.SecurityStamp == stamp;
    }

    public static string Normalize(string? userName) => UserAccountKey.Of(userName);

    private static string Truncate(string value) => value.Length > 64 ? value[..64] : value;

}
