using System.Threading.Channels;

namespace ItsmOrleans.Web.Boards;

/// <summary>One live-list client: changes wait here, latest per key, until the client took the previous message.</summary>
public sealed class LiveListSubscription<TKey, TRow>(Func<TRow, TKey> key, TimeProvider time)
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, TRow> _pending = [];
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private IReadOnlyList<TRow>? _resetTo;
    private long _seq;

    /// <summary>How many keys wait for the client to take the previous message.</summary>
    public int Pending
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count;
            }
        }
    }

    public void Offer(IEnumerable<TRow> rows)
    {
        lock (_gate)
        {
            foreach (var row in rows)
            {
                _pending[key(row)] = row;
            }
        }

        _wake.Writer.TryWrite(true);
    }

    /// <summary>The host reloaded the list: the next message is a fresh snapshot.</summary>
    public void Reset(IReadOnlyList<TRow> all)
    {
        lock (_gate)
        {
            _pending.Clear();
            _resetTo = all;
        }

        _wake.Writer.TryWrite(true);
    }

    public async Task Pump(IReadOnlyList<TRow> snapshot, ChannelWriter<LiveListMessage<TRow>> output, TimeSpan minInterval, CancellationToken cancellationToken)
    {
        await output.WriteAsync(new LiveListMessage<TRow>(_seq = 1, BoardMessageKind.Snapshot, time.GetUtcNow(), snapshot), cancellationToken);
        while (await _wake.Reader.WaitToReadAsync(cancellationToken))
        {
            _wake.Reader.TryRead(out _);
            while (Take() is { } message)
            {
                await output.WriteAsync(message, cancellationToken);
                await Task.Delay(minInterval, time, cancellationToken);
            }
        }
    }

    private LiveListMessage<TRow>? Take()
    {
        lock (_gate)
        {
            if (_resetTo is { } all)
            {
                _resetTo = null;
                return new LiveListMessage<TRow>(++_seq, BoardMessageKind.Snapshot, time.GetUtcNow(), all);
            }

            if (_pending.Count == 0)
            {
                return null;
            }

            var message = new LiveListMessage<TRow>(++_seq, BoardMessageKind.Delta, time.GetUtcNow(), [.. _pending.Values]);
            _pending.Clear();
            return message;
        }
    }
}
