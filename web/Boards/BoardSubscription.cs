using System.Threading.Channels;
using ItsmOrleans.Contracts.Boards;
using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Web.Boards;

/// <summary>
/// One board client's stream. Changes wait here, coalesced per incident, until the client has taken the previous
/// message: a slow client gets fewer, fuller deltas and never an unbounded queue, and never slows anyone else.
/// </summary>
public sealed class BoardSubscription(BoardScope scope, TimeProvider time, BoardMetrics? metrics = null)
{
    public const int MaxPendingActivities = 100;

    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, IncidentSummary> _rows = [];
    private readonly HashSet<Guid> _removed = [];
    private readonly List<BoardActivity> _activities = [];
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private int _dropped;
    private BoardCounters? _counters;
    private BoardMessage? _resetTo;
    private long _seq;

    public BoardScope Scope { get; } = scope;

    /// <summary>Queues the changes that concern this board. Called with rows already filtered by the feed.</summary>
    public void Offer(IEnumerable<IncidentSummary> rows, IEnumerable<Guid> removed, IEnumerable<BoardActivity> activities, int dropped, BoardCounters counters)
    {
        lock (_gate)
        {
            foreach (var row in rows)
            {
                _removed.Remove(row.Id);
                _rows[row.Id] = row;
            }

            foreach (var id in removed)
            {
                _rows.Remove(id);
                _removed.Add(id);
            }

            _activities.AddRange(activities);
            if (_activities.Count > MaxPendingActivities)
            {
                _dropped += _activities.Count - MaxPendingActivities;
                _activities.RemoveRange(0, _activities.Count - MaxPendingActivities);
            }

            _dropped += dropped;
            _counters = counters;
        }

        _wake.Writer.TryWrite(true);
    }

    /// <summary>The host reloaded its state: the client's next message is this fresh snapshot instead of the pending changes.</summary>
    public void Reset(BoardMessage snapshot)
    {
        lock (_gate)
        {
            _rows.Clear();
            _removed.Clear();
            _activities.Clear();
            _dropped = 0;
            _counters = snapshot.Counters;
            _resetTo = snapshot;
        }

        _wake.Writer.TryWrite(true);
    }

    /// <summary>Sends the snapshot, then a delta whenever something changed, at most one per <paramref name="minInterval"/>.</summary>
    public async Task Pump(BoardMessage snapshot, ChannelWriter<BoardMessage> output, TimeSpan minInterval, CancellationToken cancellationToken)
    {
        _seq = snapshot.Seq;
        await output.WriteAsync(snapshot, cancellationToken);
        while (await _wake.Reader.WaitToReadAsync(cancellationToken))
        {
            _wake.Reader.TryRead(out _);
            while (TakeDelta() is { } message)
            {
                await output.WriteAsync(message, cancellationToken);
                await Task.Delay(minInterval, time, cancellationToken);
            }
        }
    }

    private BoardMessage? TakeDelta()
    {
        lock (_gate)
        {
            if (_resetTo is { } snapshot)
            {
                _resetTo = null;
                return snapshot with { Seq = ++_seq, ServerTime = time.GetUtcNow() };
            }

            if (_counters is null || (_rows.Count == 0 && _removed.Count == 0 && _activities.Count == 0 && _dropped == 0))
            {
                return null;
            }

            var now = time.GetUtcNow();
            var message = new BoardMessage(
                ++_seq, BoardMessageKind.Delta, Scope, now,
                [.. _rows.Values], [.. _removed], _counters, [.. _activities], _dropped);
            if (metrics is not null && _rows.Count > 0)
            {
                metrics.DeltaSent(now - _rows.Values.Min(r => r.UpdatedAt));
            }

            _rows.Clear();
            _removed.Clear();
            _activities.Clear();
            _dropped = 0;
            return message;
        }
    }
}
