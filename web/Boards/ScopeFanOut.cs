using System.Text.Json;
using System.Text.Json.Nodes;
using ItsmOrleans.Contracts.Boards;
using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Web.Boards;

/// <summary>
/// One scope's side of the board fan-out: its counters, its message sequence, the clients watching it and the changes
/// they have not been sent yet, coalesced per incident until the next tick turns them into one delta for all of them.
/// Not thread-safe; <see cref="BoardFeed"/> serialises access.
/// </summary>
public sealed class ScopeFanOut(BoardScope scope, BoardTally tally)
{
    public const int MaxPendingActivities = 100;

    // Per incident: the row the clients were last shown (null if not on this board) and the newest (null if it left).
    private readonly Dictionary<Guid, (IncidentSummary? Shown, IncidentSummary? Latest)> _rows = [];
    private readonly List<BoardActivity> _activities = [];
    private int _droppedActivities;
    private Lazy<BoardFrame>? _snapshot;

    public BoardScope Scope { get; } = scope;

    public BoardTally Tally { get; private set; } = tally;

    public List<BoardSubscription> Watchers { get; } = [];

    /// <summary>The sequence number of the last message of this scope; a client's snapshot carries the one it starts from.</summary>
    public long Seq { get; private set; }

    public bool HasPending => _rows.Count > 0 || _activities.Count > 0 || _droppedActivities > 0;

    public void Recount(IEnumerable<IncidentSummary> open)
    {
        Tally = BoardTally.Of(open.Where(Scope.Includes));
        _rows.Clear();
        _activities.Clear();
        _droppedActivities = 0;
        _snapshot = null;
        Seq++;
    }

    public void Record(RowChange change)
    {
        var before = change.Before is { } b && Scope.Includes(b) ? b : null;
        var after = change.After is { } a && Scope.Includes(a) ? a : null;
        if (before is null && after is null)
        {
            return;
        }

        Tally.Change(before, after);
        _snapshot = null;
        if (Watchers.Count == 0)
        {
            return;
        }

        _rows[change.Id] = _rows.TryGetValue(change.Id, out var pending) ? (pending.Shown, after) : (before, after);
    }

    public void Record(BoardActivity activity)
    {
        _snapshot = null;
        if (Watchers.Count == 0)
        {
            return;
        }

        _activities.Add(activity);
        if (_activities.Count > MaxPendingActivities)
        {
            _droppedActivities += _activities.Count - MaxPendingActivities;
            _activities.RemoveRange(0, _activities.Count - MaxPendingActivities);
        }
    }

    public void RecordDropped(int dropped)
    {
        if (Watchers.Count > 0 && dropped > 0)
        {
            _droppedActivities += dropped;
        }
    }

    /// <summary>Turns what is pending into the scope's next delta: rows new to the board whole, rows it shows as patches.</summary>
    public (BoardMessage Message, DateTimeOffset? OldestChange)? TakeDelta(DateTimeOffset now, JsonSerializerOptions json)
    {
        if (!HasPending)
        {
            return null;
        }

        var added = new List<IncidentSummary>();
        var changed = new List<JsonObject>();
        var removed = new List<Guid>();
        DateTimeOffset? oldest = null;
        foreach (var (id, (shown, latest)) in _rows)
        {
            if (latest is null)
            {
                if (shown is not null)
                {
                    removed.Add(id);
                }

                continue;
            }

            oldest = oldest is { } o && o <= latest.UpdatedAt ? o : latest.UpdatedAt;
            if (shown is null)
            {
                added.Add(latest);
            }
            else
            {
                changed.Add(RowPatch.Between(shown, latest, json));
            }
        }

        var message = new BoardMessage(++Seq, BoardMessageKind.Delta, Scope, now, added, changed, removed, Tally.Counters(), [.. _activities], _droppedActivities);
        _rows.Clear();
        _activities.Clear();
        _droppedActivities = 0;
        _snapshot = null;
        return (message, oldest);
    }

    /// <summary>
    /// The board as it stands, at the current sequence number, serialised once for however many clients ask before
    /// it next changes. Only call with nothing pending: pending changes belong to the next delta, not to a snapshot.
    /// </summary>
    public Lazy<BoardFrame> Snapshot(BoardState state, DateTimeOffset now, JsonSerializerOptions json)
    {
        if (HasPending)
        {
            throw new InvalidOperationException("Take the pending delta before a snapshot.");
        }

        if (_snapshot is null)
        {
            var message = new BoardMessage(Seq, BoardMessageKind.Snapshot, Scope, now,
                [.. state.Open.Where(Scope.Includes)], [], [], Tally.Counters(), state.RecentFor(Scope), 0);
            _snapshot = new Lazy<BoardFrame>(() => BoardFrame.Of(message, json));
        }

        return _snapshot;
    }
}
