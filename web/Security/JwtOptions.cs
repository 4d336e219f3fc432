namespace ItsmOrleans.Web.Security;

/// <summary>Sign-in through a company identity provider: OpenID Connect discovery and JWT bearer tokens.</summary>
public sealed class JwtOptions
{
    public const string MissingAudience =
        "Security:Jwt:Audience is required when Security:Jwt:Authority is set: without it a token the identity provider " +
        "issued to any other application would be accepted here. Set it to this API's client id or resource.";

    /// <summary>The identity provider's issuer URL (its /.well-known/openid-configuration is read); bearer tokens are off when empty.</summary>
    public string? Authority { get; set; }

    /// <summary>The audience tokens must carry (this API's client id or resource); required with an <see cref="Authority"/>.</summary>
    public string? Audience { get; set; }

    /// <summary>The claim that lists roles (requester, agent, noc, change-manager, admin).</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>The claim that lists assignment groups.</summary>
    public string GroupsClaim { get; set; } = "groups";

    /// <summary>The claim that names the user; the caller is "jwt:" and its value.</summary>
    public string NameClaim { get; set; } = "preferred_username";

    /// <summary>Refuse an authority reached over plain HTTP (turn off only for a local test identity provider).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Whether bearer tokens are accepted at all.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);

    /// <summary>False when tokens are accepted without an audience to check them against (<see cref="MissingAudience"/>).</summary>
    public bool NamesAudience => !Enabled || !string.IsNullOrWhiteSpace(Audience);
}
