using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ItsmOrleans.Web.Tests.Infrastructure;

/// <summary>
/// A minimal OpenID Connect provider on loopback: discovery document and signing keys over real HTTP, as a company
/// identity provider would publish them, and tokens signed with its RSA key.
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    public const string Audience = "itsm-api";

    private static readonly string[] SigningAlgorithms = ["RS256"];

    private readonly RSA _rsa = RSA.Create(2048);
    private readonly RsaSecurityKey _key;
    private readonly WebApplication _server;

    public TestIdentityProvider()
    {
        _key = new RsaSecurityKey(_rsa) { KeyId = "test-key-1" };
        var port = FreePort.Get();
        Issuer = $"http://127.0.0.1:{port}";
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(Issuer);
        _server = builder.Build();
        _server.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["jwks_uri"] = $"{Issuer}/jwks",
            ["id_token_signing_alg_values_supported"] = SigningAlgorithms,
        }));
        _server.MapGet("/jwks", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(_rsa.ExportParameters(false)) { KeyId = _key.KeyId });
            return Results.Json(new { keys = new[] { new { kty = jwk.Kty, kid = jwk.Kid, use = "sig", alg = "RS256", n = jwk.N, e = jwk.E } } });
        });
        _server.StartAsync().GetAwaiter().GetResult();
    }

    public string Issuer { get; }

    /// <summary>A signed access token for <paramref name="userName"/> with the given roles and groups.</summary>
    public string Issue(string userName, string[] roles, string[] groups, TimeSpan? lifetime = null, string audience = Audience, RsaSecurityKey? signingKey = null)
    {
        var now = DateTime.UtcNow;
        var claims = new List<Claim> { new("preferred_username", userName), new("sub", Guid.NewGuid().ToString()) };
        claims.AddRange(roles.Select(r => new Claim("roles", r)));
        claims.AddRange(groups.Select(g => new Claim("groups", g)));
        var expires = now + (lifetime ?? TimeSpan.FromMinutes(10));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = expires < now ? expires.AddMinutes(-5) : now,
            NotBefore = expires < now ? expires.AddMinutes(-5) : now,
            Expires = expires,
            SigningCredentials = new SigningCredentials(signingKey ?? _key, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _rsa.Dispose();
    }
}
