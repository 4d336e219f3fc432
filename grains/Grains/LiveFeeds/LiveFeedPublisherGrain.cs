using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.LiveFeeds;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Grains.LiveFeeds;

/// <summary>
/// One per silo (Orleans' GPSTracker pattern, with coalescing). Changes of every live kind collect for a short batch
/// interval and go to every registered web host together, the latest row per record. Incidents are held to one push
/// per <see cref="LivePublishingOptions.PerIncidentInterval"/>: meanwhile only their latest row is kept, so a storm
/// costs a bounded number of pushes and memory per incident. A host that misses a batch is never sent a backlog: it
/// is told to reload from the read model instead.
/// </summary>
[StatelessWorker(1)]
[Reentrant]
public sealed class LiveFeedPublisherGrain(
    IOptions<LivePublishingOptions> options,
    TimeProvider time,
    ILogger<LiveFeedPublisherGrain> logger) : Grain, ILiveFeedPublisherGrain
{
    private static readonly string HeldKind = LiveKinds.Of<IncidentSummary>();

    private readonly LivePublishingOptions _options = options.Value;
    private readonly LatestRows _rows = new();
    private readonly BoundedEvents _events = new(options.Value.ActivityBuffer);
    private readonly Dictionary<string, DateTimeOffset> _lastPushed = [];
    private readonly Dictionary<GrainId, HostLink> _links = [];
    private DateTimeOffset? _flushDue;
    private bool _everyHostMissedBatches;

    public Task Publish(IReadOnlyList<LiveRow> rows, IReadOnlyList<LiveEvent> events)
    {
        _rows.OfferAll(rows);
        foreach (var @event in events)
        {
            _events.Add(@event);
        }

        ScheduleFlush(_options.BatchInterval);
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        Push(TakeBatch(DateTimeOffset.MaxValue));

    /// <summary>
    /// Makes sure a flush happens within <paramref name="delay"/>: a flush already due sooner stands, a later one (rows
    /// held back for their interval) is brought forward, so nothing else waits behind held rows.
    /// </summary>
    private void ScheduleFlush(TimeSpan delay)
    {
        var due = time.GetUtcNow() + delay;
        if (_flushDue is { } scheduled && scheduled <= due)
        {
            return;
        }

        _flushDue = due;
        FlushAt(due, delay).Ignore();
    }

    private async Task FlushAt(DateTimeOffset due, TimeSpan delay)
    {
        await Task.Delay(delay, time);
        if (_flushDue != due)
        {
            return; // An earlier flush replaced this one and scheduled what follows.
        }

        _flushDue = null;
        var now = time.GetUtcNow();
        try
        {
            await Push(TakeBatch(now));
        }
        finally
        {
            if (_rows.Count > 0 || _events.Count > 0)
            {
                var nextDue = _rows.Waiting.Select(row => HeldUntil(row)).DefaultIfEmpty(now).Min();
                ScheduleFlush(nextDue > now + _options.BatchInterval ? nextDue - now : _options.BatchInterval);
            }
        }
    }

    /// <summary>When a row may be pushed: at once, or, for a held kind, an interval after its record's last push.</summary>
    private DateTimeOffset HeldUntil(LiveRow row) =>
        row.Kind == HeldKind && _lastPushed.TryGetValue(row.Key, out var last) ? last + _options.PerIncidentInterval : DateTimeOffset.MinValue;

    /// <summary>Takes the events and every row that may be pushed by <paramref name="now"/>; the rest waits.</summary>
    private LiveBatch? TakeBatch(DateTimeOffset now)
    {
        var rows = _rows.Waiting.Where(row => HeldUntil(row) <= now || now == DateTimeOffset.MaxValue).ToList();
        foreach (var row in rows)
        {
            _rows.Remove(row);
            if (row.Kind == HeldKind)
            {
                _lastPushed[row.Key] = now;
            }
        }

        ForgetQuietRecords(now);
        var (events, dropped) = _events.TakeAll();
        return rows.Count == 0 && events.Count == 0 && dropped.Count == 0 ? null : new LiveBatch(rows, events, dropped);
    }

    private void ForgetQuietRecords(DateTimeOffset now)
    {
        if (_lastPushed.Count < 1024)
        {
            return;
        }

        foreach (var key in _lastPushed.Where(p => p.Value + _options.PerIncidentInterval <= now).Select(p => p.Key).ToList())
        {
            _lastPushed.Remove(key);
        }
    }

    /// <summary>
    /// Hands the batch to every registered host without waiting for any of them: a slow host gets the rows merged into
    /// its next push, a failed or unreachable one is told to reload from the read model.
    /// </summary>
    private async Task Push(LiveBatch? batch)
    {
        if (batch is null)
        {
            return;
        }

        IReadOnlyList<ILiveFeedObserver> hosts;
        try
        {
            hosts = await GrainFactory.GetGrain<ILiveFeedHostRegistryGrain>(0).GetObservers();
        }
        catch (Exception exception) when (exception is OrleansException or TimeoutException)
        {
            logger.LogWarning(exception, "The live-feed host registry is unavailable; {Rows} rows not pushed, every host will reload", batch.Rows.Count);
            _everyHostMissedBatches = true;
            return;
        }

        var registered = new HashSet<GrainId>();
        foreach (var host in hosts)
        {
            var id = host.GetGrainId();
            registered.Add(id);
            if (!_links.TryGetValue(id, out var link))
            {
                _links[id] = link = new HostLink(host, _options);
            }

            if (link.TakeFailure() is { } failure)
            {
                logger.LogWarning(failure, "A web host did not take its last push; it is told to reload its live state");
            }

            if (_everyHostMissedBatches)
            {
                link.MarkMissed();
            }

            link.Send(batch);
        }

        _everyHostMissedBatches = false;
        foreach (var gone in _links.Keys.Where(id => !registered.Contains(id)).ToList())
        {
            _links[gone].Close();
            _links.Remove(gone);
        }
    }
}
