namespace ItsmOrleans.Web.Security;

/// <summary>Bound from the "Security" configuration section.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Origins (scheme://host[:port]) allowed to open WebSockets and send cookie-authenticated changes, besides the app's own.</summary>
    public List<string> AllowedOrigins { get; set; } = [];

    /// <summary>How long a browser sign-in lasts without use (sliding).</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(12);

    public BootstrapAdminOptions Admin { get; set; } = new();

    /// <summary>Create one demo account per role (passwords printed at start). For trying the product, never for production.</summary>
    public bool DemoUsers { get; set; }

    public JwtOptions Jwt { get; set; } = new();
}
