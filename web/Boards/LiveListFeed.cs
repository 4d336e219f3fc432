using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Web.Boards;

/// <summary>How a live list recognises its rows: their key, their revision (the higher wins) and whether they are still live.</summary>
public sealed record LiveListRows<TKey, TRow>(Func<TRow, TKey> Key, Func<TRow, long> Revision, Func<TRow, bool> IsLive, Func<TRow, string> Order);

/// <summary>
/// This host's copy of a small list kept live from the board batches (the service portfolio, the active major
/// incidents), loaded from the read model with the board; streams it to clients as a snapshot, then changes.
/// </summary>
public sealed class LiveListFeed<TKey, TRow>(LiveListRows<TKey, TRow> rows, TimeProvider time, IOptions<BoardFeedOptions> options)
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, TRow> _items = [];
    private readonly List<LiveListSubscription<TKey, TRow>> _subscriptions = [];
    private readonly TaskCompletionSource _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Loaded => _loaded.Task;

    /// <summary>Replaces the list with the read model's (keeping any newer row that arrived meanwhile) and resets every client.</summary>
    public void Load(IEnumerable<TRow> loaded)
    {
        lock (_gate)
        {
            foreach (var row in loaded)
            {
                Apply(row);
            }

            if (!_loaded.Task.IsCompleted)
            {
                _loaded.SetResult();
                return;
            }

            var all = All();
            _subscriptions.ForEach(s => s.Reset(all));
        }
    }

    public void OnRows(IReadOnlyList<TRow> changed)
    {
        if (changed.Count == 0)
        {
            return;
        }

        lock (_gate)
        {
            var applied = changed.Where(Apply).ToList();
            if (applied.Count > 0)
            {
                _subscriptions.ForEach(s => s.Offer(applied));
            }
        }
    }

    public ChannelReader<LiveListMessage<TRow>> Subscribe(CancellationToken cancellationToken)
    {
        var output = Channel.CreateBounded<LiveListMessage<TRow>>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        _ = Serve(output.Writer, cancellationToken);
        return output.Reader;
    }

    private async Task Serve(ChannelWriter<LiveListMessage<TRow>> output, CancellationToken cancellationToken)
    {
        var subscription = new LiveListSubscription<TKey, TRow>(rows.Key, time);
        try
        {
            await _loaded.Task.WaitAsync(cancellationToken);
            IReadOnlyList<TRow> snapshot;
            lock (_gate)
            {
                snapshot = All();
                _subscriptions.Add(subscription);
            }

            await subscription.Pump(snapshot, output, options.Value.MinInterval, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away.
        }
        finally
        {
            lock (_gate)
            {
                _subscriptions.Remove(subscription);
            }

            output.TryComplete();
        }
    }

    /// <summary>Stores a newer row (or forgets an item that is no longer live); true when clients should hear of it.</summary>
    private bool Apply(TRow row)
    {
        var key = rows.Key(row);
        var known = _items.TryGetValue(key, out var current);
        if (known && rows.Revision(current!) >= rows.Revision(row))
        {
            return false;
        }

        if (rows.IsLive(row))
        {
            _items[key] = row;
            return true;
        }

        return _items.Remove(key);
    }

    private List<TRow> All() => [.. _items.Values.OrderBy(rows.Order, StringComparer.Ordinal)];
}
