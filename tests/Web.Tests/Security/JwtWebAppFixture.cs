namespace ItsmOrleans.Web.Tests.Security;

/// <summary>A host signing people in through an OpenID Connect provider (a test one on loopback).</summary>
public sealed class JwtWebAppFixture : WebAppFixture
{
    public TestIdentityProvider Provider { get; } = new();

    protected override IEnumerable<KeyValuePair<string, string?>> Overrides =>
    [
        new("Security:Jwt:Authority", Provider.Issuer),
        new("Security:Jwt:Audience", TestIdentityProvider.Audience),
        new("Security:Jwt:RequireHttpsMetadata", "false"),
    ];

    protected override ValueTask AfterStopped() => Provider.DisposeAsync();
}
