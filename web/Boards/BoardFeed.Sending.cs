using System.Threading.Channels;

namespace ItsmOrleans.Web.Boards;

/// <summary>How the feed's clients join a scope and how each tick's frames leave, in sequence order.</summary>
public sealed partial class BoardFeed
{
    public ChannelReader<BoardFrame> Subscribe(BoardScope scope, CancellationToken cancellationToken)
    {
        var output = Channel.CreateBounded<BoardFrame>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        _ = Serve(scope, output.Writer, cancellationToken);
        return output.Reader;
    }

    private async Task Serve(BoardScope scope, ChannelWriter<BoardFrame> output, CancellationToken cancellationToken)
    {
        var subscription = new BoardSubscription(scope);
        try
        {
            await _loaded.Task.WaitAsync(cancellationToken);
            var snapshot = Join(subscription, firstTime: true);
            await subscription.Pump(snapshot.Value, s => Join(s, firstTime: false).Value, output, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away.
        }
        finally
        {
            lock (_gate)
            {
                if (_scopes.TryGetValue(scope, out var fanOut) && fanOut.Watchers.Remove(subscription) && scope != BoardScope.All && fanOut.Watchers.Count == 0)
                {
                    _scopes.Remove(scope);
                }
            }

            output.TryComplete();
        }
    }

    /// <summary>
    /// Starts (or restarts) a client at its scope's current state. What is pending goes out first as the scope's next
    /// delta to the clients already there, so the snapshot and the frames that follow it neither miss nor repeat a change.
    /// </summary>
    private Lazy<BoardFrame> Join(BoardSubscription subscription, bool firstTime)
    {
        lock (_sendGate)
        {
            (BoardMessage Message, DateTimeOffset? OldestChange)? delta;
            List<BoardSubscription> watchers;
            Lazy<BoardFrame> snapshot;
            lock (_gate)
            {
                if (!_scopes.TryGetValue(subscription.Scope, out var fanOut))
                {
                    fanOut = new ScopeFanOut(subscription.Scope, BoardTally.Of(_state.Open.Where(subscription.Scope.Includes)));
                    _scopes[subscription.Scope] = fanOut;
                }

                var now = _time.GetUtcNow();
                delta = fanOut.TakeDelta(now, _json);
                watchers = [.. fanOut.Watchers];
                snapshot = fanOut.Snapshot(_state, now, _json);
                subscription.StartAfter(fanOut.Seq);
                if (firstTime)
                {
                    fanOut.Watchers.Add(subscription);
                }
            }

            if (delta is var (message, oldest))
            {
                Hand(BoardFrame.Of(message, _json, oldest), watchers);
            }

            return snapshot;
        }
    }

    private async Task SendTicks()
    {
        while (await _due.Reader.WaitToReadAsync())
        {
            _due.Reader.TryRead(out _);
            try
            {
                SendDue();
            }
            catch (Exception exception)
            {
                // Clients resubscribe when their sequence breaks; the next tick carries on.
                _logger.LogError(exception, "A board tick failed.");
            }

            await Task.Delay(_options.Value.MinInterval, _time);
        }
    }

    private void SendDue()
    {
        lock (_sendGate)
        {
            var due = new List<(BoardMessage Message, DateTimeOffset? OldestChange, List<BoardSubscription> Watchers)>();
            lock (_gate)
            {
                var now = _time.GetUtcNow();
                foreach (var fanOut in _scopes.Values)
                {
                    if (fanOut.Watchers.Count > 0 && fanOut.TakeDelta(now, _json) is var (message, oldest))
                    {
                        due.Add((message, oldest, [.. fanOut.Watchers]));
                    }
                }
            }

            foreach (var (message, oldest, watchers) in due)
            {
                Hand(BoardFrame.Of(message, _json, oldest), watchers);
            }
        }
    }

    private void Hand(BoardFrame frame, List<BoardSubscription> watchers)
    {
        // Timed once per frame, not per client: every client of the scope gets these same bytes now.
        if (_metrics is not null && frame.OldestChange is { } oldest)
        {
            _metrics.DeltaSent(_time.GetUtcNow() - oldest);
        }

        foreach (var watcher in watchers)
        {
            watcher.Offer(frame);
        }
    }
}
