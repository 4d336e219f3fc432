namespace ItsmOrleans.Grains.Webhooks;

/// <summary>Outgoing webhooks: how deliveries are retried and how much is kept.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>The wait before the first retry; each further retry waits twice as long, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Tries per event before it is given up (and logged as such).</summary>
    public int MaxAttempts { get; set; } = 12;

    /// <summary>Events waiting per webhook; beyond it the oldest is given up.</summary>
    public int QueueLimit { get; set; } = 1000;

    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
