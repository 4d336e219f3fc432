using ItsmOrleans.Contracts.Boards;
using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Web.Boards;

/// <summary>
/// This host's copy of every open incident and the recent feed, from which snapshots and counters are served.
/// Rows only move forward: a row older than the known revision, or of an incident already closed, is ignored.
/// Not thread-safe; <see cref="BoardFeed"/> serialises access.
/// </summary>
public sealed class BoardState(TimeProvider time)
{
    public const int RecentActivities = 50;
    private static readonly TimeSpan ClosedMemory = TimeSpan.FromMinutes(10);

    private readonly Dictionary<Guid, IncidentSummary> _open = [];
    private readonly Dictionary<Guid, int> _closedRevisions = [];
    private readonly Queue<(Guid Id, DateTimeOffset At)> _closedOrder = new();
    private readonly LinkedList<(BoardActivity Activity, IncidentSummary Row)> _recent = new();

    public IEnumerable<IncidentSummary> Open => _open.Values;

    /// <summary>Replaces the open incidents with those read from the read model; closed-incident memory is kept.</summary>
    public void ReplaceOpen(IEnumerable<IncidentSummary> open)
    {
        _open.Clear();
        foreach (var row in open)
        {
            Apply(row);
        }
    }

    public RowChange? Apply(IncidentSummary row)
    {
        if (_closedRevisions.TryGetValue(row.Id, out var closedAt) && closedAt >= row.Revision)
        {
            return null;
        }

        _open.TryGetValue(row.Id, out var before);
        if (before is not null && before.Revision >= row.Revision)
        {
            return null;
        }

        if (row.IsOpen)
        {
            _open[row.Id] = row;
            return new RowChange(before, row, row.Id);
        }

        _open.Remove(row.Id);
        RememberClosed(row);
        return new RowChange(before, null, row.Id);
    }

    /// <summary>Adds a feed line and returns the row it belongs to, which decides the boards that show it.</summary>
    public IncidentSummary? AddActivity(BoardActivity activity, IncidentSummary? row)
    {
        row ??= _open.GetValueOrDefault(activity.IncidentId);
        if (row is null)
        {
            return null;
        }

        _recent.AddLast((activity, row));
        if (_recent.Count > RecentActivities * 4)
        {
            _recent.RemoveFirst();
        }

        return row;
    }

    public IReadOnlyList<BoardActivity> RecentFor(BoardScope scope) =>
        _recent.Where(r => scope.Includes(r.Row)).Select(r => r.Activity).TakeLast(RecentActivities).ToList();

    private void RememberClosed(IncidentSummary row)
    {
        var now = time.GetUtcNow();
        _closedRevisions[row.Id] = row.Revision;
        _closedOrder.Enqueue((row.Id, now));
        while (_closedOrder.TryPeek(out var oldest) && now - oldest.At > ClosedMemory)
        {
            _closedOrder.Dequeue();
            _closedRevisions.Remove(oldest.Id);
        }
    }
}
