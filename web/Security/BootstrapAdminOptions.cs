namespace ItsmOrleans.Web.Security;

/// <summary>The first administrator, created at the first start when no administrator exists.</summary>
public sealed class BootstrapAdminOptions
{
    public string UserName { get; set; } = "admin";

    /// <summary>Its password; when neither this nor <see cref="ApiKey"/> is set, a password is generated and printed once.</summary>
    public string? Password { get; set; }

    /// <summary>An admin API key in this hub's format (itsm_&lt;id&gt;.&lt;secret&gt;), for automation from the first start.</summary>
    public string? ApiKey { get; set; }
}
