using System.Security.Claims;
using ItsmOrleans.Contracts.Accounts;
using ItsmOrleans.Hosting.Audit;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Web.Security;

/// <summary>
/// Checks a local account's password, counts failures towards the lockout, and records the attempt; keeps its browser
/// sessions valid until the account changes or the session signs out, on every web host.
/// </summary>
public sealed class LocalSignIn(IGrainFactory grains, LocalPasswords passwords, IAuditLog audit, TimeProvider time, IOptions<SecurityOptions> options)
{
    public const string StampClaim = CallerClaims.OwnPrefix + "stamp";

    /// <summary>Names one browser session, so that signing out ends that session and no other.</summary>
    public const string SessionClaim = CallerClaims.OwnPrefix + "session";

    /// <summary>The principal to sign in, or null with a reason kept for the audit log (never shown to the user).</summary>
    public async Task<ClaimsPrincipal?> SignIn(string userName, string password, string? remoteAddress, CancellationToken cancellationToken)
    {
        var key = Normalize(userName);
        var account = grains.GetGrain<IUserAccountGrain>(key);
        var credentials = key.Length == 0 ? null : await account.GetCredentials();
        var refusal = SignInAttempt.Refusal(credentials, password, passwords, time.GetUtcNow());
        if (credentials is not null && !credentials.Disabled)
        {
            // One-way: the answer does not wait for the write, which an unknown name would not have made.
            await account.RecordSignIn(refusal is null);
        }

        await audit.Record(new AuditEntry(refusal is null ? AuditKinds.SignIn : AuditKinds.SignInFailed, Truncate(userName), key, refusal, remoteAddress), cancellationToken);
        if (refusal is not null || credentials is null)
        {
            return null;
        }

        var principal = CallerClaims.ToPrincipal(credentials.Caller, "local");
        ((ClaimsIdentity)principal.Identity!).AddClaims(
            [new Claim(StampClaim, credentials.SecurityStamp), new Claim(SessionClaim, Guid.NewGuid().ToString("N"))]);
        return principal;
    }

    /// <summary>Whether a signed-in session still stands: the account exists, is enabled, unchanged since sign-in, and the session did not sign out.</summary>
    public async Task<bool> IsStillValid(ClaimsPrincipal principal) =>
        principal.FindFirst(StampClaim)?.Value is { } stamp
        && principal.FindFirst(SessionClaim)?.Value is { } session
        && principal.Identity?.Name is { } name
        && await grains.GetGrain<IUserAccountGrain>(Normalize(name)).SessionStands(stamp, session);

    /// <summary>Ends the caller's browser session on every web host; API keys and tokens have no session to end.</summary>
    public async Task EndSession(ClaimsPrincipal principal)
    {
        if (principal.FindFirst(SessionClaim)?.Value is { } session && principal.Identity?.Name is { } name)
        {
            await grains.GetGrain<IUserAccountGrain>(Normalize(name)).EndSession(session, options.Value.SessionLifetime);
        }
    }

    public static string Normalize(string? userName) => UserAccountKey.Of(userName);

    private static string Truncate(string value) => value.Length > 64 ? value[..64] : value;
}
