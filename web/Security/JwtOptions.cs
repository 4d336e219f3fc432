namespace ItsmOrleans.Web.Security;

/// <summary>Sign-in through a company identity provider: OpenID Connect discovery and JWT bearer tokens.</summary>
public sealed class JwtOptions
{
    /// <summary>The identity provider's issuer URL (its /.well-known/openid-configuration is read); bearer tokens are off when empty.</summary>
    public string? Authority { get; set; }

    /// <summary>The audience tokens must carry (this API's client id or resource).</summary>
    public string? Audience { get; set; }

    /// <summary>The claim that lists roles (requester, agent, noc, change-manager, admin).</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>The claim that lists assignment groups.</summary>
    public string GroupsClaim { get; set; } = "groups";

    /// <summary>The claim that names the user.</summary>
    public string NameClaim { get; set; } = "preferred_username";

    /// <summary>Refuse an authority reached over plain HTTP (turn off only for a local test identity provider).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;
}
