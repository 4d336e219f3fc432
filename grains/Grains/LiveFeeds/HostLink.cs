using ItsmOrleans.Contracts.LiveFeeds;

namespace ItsmOrleans.Grains.LiveFeeds;

/// <summary>
/// A publisher's delivery to one web host: one push in flight at a time; what arrives meanwhile is merged (latest row
/// per record, bounded events) and sent next. A failed push is not repeated: the host is told to reload instead, by
/// the next push or, if none comes, by a resync sent on its own after a pause.
/// </summary>
internal sealed class HostLink(ILiveFeedObserver host, LivePublishingOptions options)
{
    private readonly LatestRows _rows = new();
    private readonly BoundedEvents _events = new(options.ActivityBuffer);
    private bool _missedBatches;
    private Task _delivery = Task.CompletedTask;

    private static readonly TimeSpan[] RetryPauses = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5)];

    private Exception? _failure;
    private int _failedAttempts;
    private bool _closed;

    /// <summary>The publisher forgot the host: no more retries.</summary>
    public void Close() => _closed = true;

    /// <summary>Why a push failed since the last call, for the log; null if none did.</summary>
    public Exception? TakeFailure()
    {
        var failure = _failure;
        _failure = null;
        return failure;
    }

    public void MarkMissed() => _missedBatches = true;

    /// <summary>Queues the batch for this host and starts delivering unless a push is already in flight.</summary>
    public void Send(LiveBatch batch)
    {
        _rows.OfferAll(batch.Rows);
        _events.AddAll(batch.Events, batch.Dropped);
        if (_delivery.IsCompleted)
        {
            _delivery = Deliver();
        }
    }

    private async Task Deliver()
    {
        while (_rows.Count > 0 || _events.Count > 0 || _missedBatches)
        {
            var (events, dropped) = _events.TakeAll();
            var batch = new LiveBatch(_rows.TakeAll(), events, dropped, _missedBatches);
            _missedBatches = false;
            try
            {
                await host.OnLiveBatch(batch).WaitAsync(options.HostTimeout);
            }
            catch (Exception exception)
            {
                // Whatever the failure, the host lacks these rows. Nothing waits on this delivery, so it is recorded
                // here rather than rethrown: the host is told to reload with the next batch it takes. That batch may
                // be long in coming (the last change for a while), so it is sent by itself after a pause, until the
                // host takes it or the publisher forgets the host.
                _failure = exception;
                _missedBatches = true;
                var pause = RetryPauses[Math.Min(_failedAttempts++, RetryPauses.Length - 1)];
                await Task.Delay(pause);
                if (_closed)
                {
                    return;
                }

                continue;
            }

            _failedAttempts = 0;
        }
    }
}
