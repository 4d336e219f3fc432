using ItsmOrleans.Contracts.Alerts;

namespace ItsmOrleans.Web.Ingestion;

/// <summary>What a routing key turned out to be: a key that takes events, a rotated key past its overlap, unknown, or not looked up (throttled).</summary>
public sealed record KeyLookup(IntegrationKeyView? Key, bool Throttled, bool Retired = false)
{
    public static KeyLookup Unknown { get; } = new(null, Throttled: false);

    public static KeyLookup Throttle { get; } = new(null, Throttled: true);

    public static KeyLookup Found(IntegrationKeyView key, DateTimeOffset now) =>
        key.AcceptsEventsAt(now) ? new(key, Throttled: false) : new(null, Throttled: false, Retired: true);
}
