namespace ItsmOrleans.Web.Ingestion;

/// <summary>
/// Bound from "Alerts:Ingestion": how much alert work one web host takes at once, how much may wait, and how fast one
/// integration key may send. Past these limits an event is refused with 429 and Retry-After, and counted; never dropped.
/// </summary>
public sealed class AlertIngestionOptions
{
    public const string Section = "Alerts:Ingestion";

    /// <summary>Requests (an Events API event, or one Alertmanager webhook call) being processed at once on this host.</summary>
    public int MaxInFlight { get; set; } = 64;

    /// <summary>Requests waiting for one of those places; one more is refused at once.</summary>
    public int MaxQueued { get; set; } = 2048;

    /// <summary>Events per second per integration key (an Alertmanager call counts each of its alerts).</summary>
    public RateLimit PerIntegrationKey { get; set; } = new() { PermitsPerSecond = 2000, Burst = 4000 };

    /// <summary>A routing key this host has not seen lately costs a lookup; per client address they are limited like anonymous calls.</summary>
    public RateLimit UnknownKeyLookups { get; set; } = new() { PermitsPerSecond = 10, Burst = 20 };

    /// <summary>How long this host trusts what it learned about a routing key (a changed binding shows after this).</summary>
    public TimeSpan KeyCacheLifetime { get; set; } = TimeSpan.FromSeconds(30);
}
