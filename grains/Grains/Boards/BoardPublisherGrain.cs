using ItsmOrleans.Contracts.Boards;
using ItsmOrleans.Contracts.Incidents;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Grains.Boards;

/// <summary>
/// One per silo. Keeps only the latest row of each changed incident and a bounded feed, and pushes them to every
/// registered web host at most once per window (Orleans' GPSTracker pattern, with coalescing).
/// </summary>
[StatelessWorker(1)]
[Reentrant]
public sealed class BoardPublisherGrain(
    IOptions<BoardPublishingOptions> options,
    TimeProvider time,
    ILogger<BoardPublisherGrain> logger) : Grain, IBoardPublisherGrain
{
    private readonly BoardPublishingOptions _options = options.Value;
    private readonly Dictionary<Guid, IncidentSummary> _rows = [];
    private readonly Queue<BoardActivity> _activities = new();
    private int _dropped;
    private bool _flushScheduled;
    private DateTimeOffset _lastFlush = DateTimeOffset.MinValue;

    public Task Publish(BoardChange change)
    {
        var row = change.Incident;
        if (!_rows.TryGetValue(row.Id, out var known) || known.Revision < row.Revision)
        {
            _rows[row.Id] = row;
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

        if (!_flushScheduled)
        {
            _flushScheduled = true;
            FlushSoon().Ignore();
        }

        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Flush();

    private async Task FlushSoon()
    {
        var wait = _lastFlush + _options.Window - time.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time);
        }

        try
        {
            await Flush();
        }
        finally
        {
            _lastFlush = time.GetUtcNow();
            _flushScheduled = _rows.Count > 0 || _activities.Count > 0;
            if (_flushScheduled)
            {
                FlushSoon().Ignore();
            }
        }
    }

    private async Task Flush()
    {
        if (_rows.Count == 0 && _activities.Count == 0)
        {
            return;
        }

        var batch = new BoardBatch([.. _rows.Values], [.. _activities], _dropped);
        _rows.Clear();
        _activities.Clear();
        _dropped = 0;

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
