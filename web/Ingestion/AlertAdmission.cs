using System.Collections.Concurrent;
using System.Net;
using System.Threading.RateLimiting;
using ItsmOrleans.Contracts.Alerts;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Web.Ingestion;

/// <summary>
/// The bounded front door of alert ingestion on this host: a fixed number of requests at work, a bounded queue behind
/// them, a rate per integration key, and a short-lived cache of routing keys so a storm costs no key lookups.
/// Whatever does not fit is refused (429 with Retry-After) and counted; nothing waits without bound.
/// </summary>
public sealed class AlertAdmission : IDisposable
{
    private readonly AlertIngestionOptions _options;
    private readonly IGrainFactory _grains;
    private readonly TimeProvider _time;
    private readonly ConcurrencyLimiter _work;
    private readonly PartitionedRateLimiter<string> _perKey;
    private readonly PartitionedRateLimiter<string> _lookups;
    private readonly ConcurrentDictionary<string, (IntegrationKeyView Key, DateTimeOffset Until)> _keys = new(StringComparer.Ordinal);

    public AlertAdmission(IOptions<AlertIngestionOptions> options, IGrainFactory grains, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        (_options, _grains, _time) = (options.Value, grains, time);
        _work = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = Math.Max(1, _options.MaxInFlight),
            QueueLimit = Math.Max(0, _options.MaxQueued),
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        _perKey = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => _options.PerIntegrationKey.ToBucket()));
        _lookups = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetTokenBucketLimiter(address, _ => _options.UnknownKeyLookups.ToBucket()));
    }

    /// <summary>Requests at work now.</summary>
    public int InFlight => Math.Max(1, _options.MaxInFlight) - (int)_work.GetStatistics()!.CurrentAvailablePermits;

    /// <summary>Requests waiting for a place.</summary>
    public int Queued => (int)_work.GetStatistics()!.CurrentQueuedCount;

    /// <summary>Waits for a place to work; null at once when the queue is full.</summary>
    public async ValueTask<RateLimitLease?> Enter(CancellationToken cancellationToken)
    {
        var lease = await _work.AcquireAsync(1, cancellationToken);
        if (lease.IsAcquired)
        {
            return lease;
        }

        lease.Dispose();
        return null;
    }

    /// <summary>The integration key, from the cache when this host saw it lately; lookups that find no key are limited per address.</summary>
    public async Task<KeyLookup> FindKey(string routingKey, IPAddress? from)
    {
        var now = _time.GetUtcNow();
        if (_keys.TryGetValue(routingKey, out var cached) && cached.Until > now)
        {
            return KeyLookup.Found(cached.Key, now);
        }

        // Only lookups that find nothing spend the address's allowance; once it is spent, lookups wait for it to refill.
        // (Asking the partitioned token bucket for zero permits is no check: once its shared replenishment timer has run,
        // it answers yes with none left. Its statistics tell the truth.)
        var address = from?.ToString() ?? "unknown";
        if (_lookups.GetStatistics(address) is not { CurrentAvailablePermits: > 0 })
        {
            return KeyLookup.Throttle;
        }

        var key = await _grains.GetGrain<IIntegrationKeyGrain>(routingKey).Get();
        if (key is null)
        {
            _keys.TryRemove(routingKey, out _);
            _lookups.AttemptAcquire(address).Dispose();
            return KeyLookup.Unknown;
        }

        _keys[routingKey] = (key, now + _options.KeyCacheLifetime);
        return KeyLookup.Found(key, now);
    }

    /// <summary>Drops a routing key from this host's cache (it was just rotated here); other hosts see the change within the cache lifetime.</summary>
    public void Forget(string routingKey) => _keys.TryRemove(routingKey, out _);

    /// <summary>Takes <paramref name="events"/> from the integration's rate (shared by its old and new key while they overlap); returns how long to wait when it has not that many left.</summary>
    public TimeSpan? TakeQuota(IntegrationKeyView key, int events)
    {
        ArgumentNullException.ThrowIfNull(key);
        var burst = Math.Max(1, _options.PerIntegrationKey.Burst);
        using var lease = _perKey.AttemptAcquire(key.IntegrationId, Math.Min(events, burst));
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
    }

    public void Dispose()
    {
        _work.Dispose();
        _perKey.Dispose();
        _lookups.Dispose();
    }
}
