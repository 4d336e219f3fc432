using System.Security.Claims;
using System.Text.Encodings.Web;
using ItsmOrleans.Contracts.Accounts;
using ItsmOrleans.Hosting.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Web.Security;

/// <summary>
/// Authenticates automation by API key: <c>Authorization: ApiKey &lt;key&gt;</c>, <c>X-Api-Key: &lt;key&gt;</c>, or for SignalR
/// WebSockets (which cannot send headers from browsers) the <c>access_token</c> query parameter.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IGrainFactory grains,
    IAuditLog audit) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    /// <summary>Kept on the principal so that long-lived hub connections can be checked against revocation.</summary>
    public const string KeyIdClaim = "itsm:key";
    public const string SecretHashClaim = "itsm:key-hash";

    /// <summary>Whether the request presents an API key at all (the policy scheme routes it here).</summary>
    public static bool Presents(HttpRequest request) =>
        request.Headers.ContainsKey(HeaderName)
        || request.Headers.Authorization.ToString().StartsWith(SchemeName + " ", StringComparison.OrdinalIgnoreCase)
        || request.Query["access_token"].ToString().StartsWith(ApiKeySecret.Prefix, StringComparison.Ordinal);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Presented(Request);
        if (presented is null)
        {
            return AuthenticateResult.NoResult();
        }

        if (!ApiKeySecret.TryParse(presented, out var key))
        {
            return await Refuse("malformed", "The API key is not in this hub's format.");
        }

        var caller = await grains.GetGrain<IApiKeyGrain>(key.Id).Authenticate(key.SecretHash);
        if (caller is null)
        {
            return await Refuse(key.Id, "The API key is unknown or revoked.");
        }

        var principal = CallerClaims.ToPrincipal(caller, SchemeName);
        ((ClaimsIdentity)principal.Identity!).AddClaims([new Claim(KeyIdClaim, key.Id), new Claim(SecretHashClaim, key.SecretHash)]);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    private async Task<AuthenticateResult> Refuse(string keyId, string reason)
    {
        await audit.Record(new AuditEntry(AuditKinds.AuthenticationFailed, "anonymous", $"api key {keyId}", reason, Context.Connection.RemoteIpAddress?.ToString()), Context.RequestAborted);
        return AuthenticateResult.Fail(reason);
    }

    private static string? Presented(HttpRequest request)
    {
        var header = request.Headers[HeaderName].ToString();
        if (header.Length > 0)
        {
            return header.Trim();
        }

        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith(SchemeName + " ", StringComparison.OrdinalIgnoreCase))
        {
            return authorization[(SchemeName.Length + 1)..].Trim();
        }

        var token = request.Query["access_token"].ToString();
        return token.StartsWith(ApiKeySecret.Prefix, StringComparison.Ordinal) ? token : null;
    }
}
