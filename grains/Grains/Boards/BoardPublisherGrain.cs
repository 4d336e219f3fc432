using ItsmOrleans.Contracts.Boards;
using ItsmOrleans.Contracts.Incidents;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Grains.Boards;

/// <summary>
/// One per silo (Orleans' GPSTracker pattern, with coalescing). Changes collect for a short batch interval and go to
/// every registered web host together. Each incident is held to one push per <see cref="BoardPublishingOptions.PerIncidentInterval"/>:
/// meanwhile only its latest row is kept, so a storm costs a bounded number of pushes and memory per incident.
/// </summary>
[StatelessWorker(1)]
[Reentrant]
public sealed class BoardPublisherGrain(
    IOptions<BoardPublishingOptions> options,
    TimeProvider time,
    ILogger<BoardPublisherGrain> logger) : Grain, IBoardPublisherGrain
{
    private readonly BoardPublishingOptions _options = options.Value;
    private readonly Dictionary<Guid, IncidentSummary> _pending = [];
    private readonly Dictionary<Guid, DateTimeOffset> _lastPushed = [];
    private readonly Queue<BoardActivity> _activities = new();
    private int _dropped;
    private bool _flushScheduled;

    public Task Publish(BoardChange change)
    {
        var row = change.Incident;
        if (!_pending.TryGetValue(row.Id, out var known) || known.Revision < row.Revision)
        {
            _pending[row.Id] = row;
        }

        if (change.Activity is { } activity)
        {
            _activities.Enqueue(activity);
            if (_activities.Count > _options.ActivityBuffer)
            {
                _activities.Dequeue();
                _dropped++;
            }
        }

        ScheduleFlush(_options.BatchInterval);
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        Push(TakeBatch(DateTimeOffset.MaxValue));

    private void ScheduleFlush(TimeSpan delay)
    {
        if (!_flushScheduled)
        {
            _flushScheduled = true;
            FlushAfter(delay).Ignore();
        }
    }

    private async Task FlushAfter(TimeSpan delay)
    {
        await Task.Delay(delay, time);
        var now = time.GetUtcNow();
        try
        {
            // One push at a time: changes that arrive meanwhile wait for the next, coalesced.
            await Push(TakeBatch(now));
        }
        finally
        {
            _flushScheduled = false;
        }

        if (_pending.Count > 0 || _activities.Count > 0)
        {
            var nextDue = _pending.Keys.Min(id => _lastPushed.GetValueOrDefault(id) + _options.PerIncidentInterval);
            ScheduleFlush(nextDue > now + _options.BatchInterval ? nextDue - now : _options.BatchInterval);
        }
    }

    /// <summary>Takes the feed and every row whose incident may be pushed by <paramref name="now"/>; the rest waits.</summary>
    private BoardBatch? TakeBatch(DateTimeOffset now)
    {
        var rows = new List<IncidentSummary>();
        foreach (var (id, row) in _pending)
        {
            if (!_lastPushed.TryGetValue(id, out var last) || last + _options.PerIncidentInterval <= now || now == DateTimeOffset.MaxValue)
            {
                rows.Add(row);
            }
        }

        foreach (var row in rows)
        {
            _pending.Remove(row.Id);
            _lastPushed[row.Id] = now;
        }

        ForgetQuietIncidents(now);
        if (rows.Count == 0 && _activities.Count == 0)
        {
            return null;
        }

        var batch = new BoardBatch(rows, [.. _activities], _dropped);
        _activities.Clear();
        _dropped = 0;
        return batch;
    }

    private void ForgetQuietIncidents(DateTimeOffset now)
    {
        if (_lastPushed.Count < 1024)
        {
            return;
        }

        foreach (var id in _lastPushed.Where(p => p.Value + _options.PerIncidentInterval <= now && !_pending.ContainsKey(p.Key)).Select(p => p.Key).ToList())
        {
            _lastPushed.Remove(id);
        }
    }

    private async Task Push(BoardBatch? batch)
    {
        if (batch is null)
        {
            return;
        }

        var hosts = await GrainFactory.GetGrain<IBoardHostRegistryGrain>(0).GetObservers();
        await Task.WhenAll(hosts.Select(host => Push(host, batch)));
    }

    private async Task Push(IBoardObserver host, BoardBatch batch)
    {
        try
        {
            await host.OnBoardBatch(batch).WaitAsync(_options.HostTimeout);
        }
        catch (Exception exception) when (exception is OrleansException or TimeoutException)
        {
            // The host's boards notice the gap through sequence numbers or reload on reconnect; the others carry on.
            logger.LogWarning(exception, "A board host did not take {Rows} rows", batch.Rows.Count);
        }
    }
}
