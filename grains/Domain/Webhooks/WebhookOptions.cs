namespace ItsmOrleans.Domain.Webhooks;

/// <summary>Outgoing webhooks: where they may go, how deliveries are retried and how much is kept.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    public const string AllowedPrivateNetworksSetting = Section + ":" + nameof(AllowedPrivateNetworks);

    /// <summary>The wait before the first retry; each further retry waits twice as long, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Tries per event before it is given up (and logged as such).</summary>
    public int MaxAttempts { get; set; } = 12;

    /// <summary>Events waiting per webhook; beyond it the oldest is given up.</summary>
    public int QueueLimit { get; set; } = 1000;

    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// CIDR ranges (10.20.0.0/16, fd00::/8) that webhooks may reach although they are loopback, private, link-local or
    /// otherwise internal. Empty by default, so a webhook cannot be pointed at the hub's own network.
    /// </summary>
    public List<string> AllowedPrivateNetworks { get; set; } = [];
}
