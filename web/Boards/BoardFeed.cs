using System.Threading.Channels;
using ItsmOrleans.Contracts.Boards;
using ItsmOrleans.Contracts.Incidents;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Web.Boards;

/// <summary>
/// This host's board hub: takes batches from the cluster, keeps the board state, and fans changes out to each
/// subscribed client within its scope. Subscriptions wait until the state is loaded from the read model.
/// </summary>
public sealed class BoardFeed(TimeProvider time, IOptions<BoardFeedOptions> options)
{
    private readonly Lock _gate = new();
    private readonly BoardState _state = new(time);
    private readonly List<BoardSubscription> _subscriptions = [];
    private readonly List<BoardBatch> _arrivedWhileLoading = [];
    private readonly TaskCompletionSource _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Loaded => _loaded.Task;

    public int Subscribers
    {
        get
        {
            lock (_gate)
            {
                return _subscriptions.Count;
            }
        }
    }

    /// <summary>Seeds the state with the open incidents read from the database, then applies what arrived meanwhile.</summary>
    public void Load(IEnumerable<IncidentSummary> open)
    {
        lock (_gate)
        {
            if (_loaded.Task.IsCompleted)
            {
                return;
            }

            foreach (var row in open)
            {
                _state.Apply(row);
            }

            foreach (var batch in _arrivedWhileLoading)
            {
                ApplyLocked(batch);
            }

            _arrivedWhileLoading.Clear();
            _loaded.SetResult();
        }
    }

    public void OnBatch(BoardBatch batch)
    {
        lock (_gate)
        {
            if (_loaded.Task.IsCompleted)
            {
                ApplyLocked(batch);
            }
            else
            {
                _arrivedWhileLoading.Add(batch);
            }
        }
    }

    public ChannelReader<BoardMessage> Subscribe(BoardScope scope, CancellationToken cancellationToken)
    {
        var output = Channel.CreateBounded<BoardMessage>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        _ = Serve(scope, output.Writer, cancellationToken);
        return output.Reader;
    }

    private async Task Serve(BoardScope scope, ChannelWriter<BoardMessage> output, CancellationToken cancellationToken)
    {
        var subscription = new BoardSubscription(scope, time);
        try
        {
            await _loaded.Task.WaitAsync(cancellationToken);
            BoardMessage snapshot;
            lock (_gate)
            {
                var rows = _state.Open.Where(scope.Includes).ToList();
                snapshot = new BoardMessage(1, BoardMessageKind.Snapshot, scope, time.GetUtcNow(), rows, [],
                    BoardCounters.Count(rows), _state.RecentFor(scope), 0);
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

    private void ApplyLocked(BoardBatch batch)
    {
        var changes = batch.Rows.Select(_state.Apply).OfType<RowChange>().ToList();
        var batchRows = batch.Rows.GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Revision)!);
        var activities = batch.Activities
            .Select(a => (Activity: a, Row: _state.AddActivity(a, batchRows.GetValueOrDefault(a.IncidentId))))
            .Where(a => a.Row is not null)
            .ToList();
        if (_subscriptions.Count == 0 || (changes.Count == 0 && activities.Count == 0 && batch.DroppedActivities == 0))
        {
            return;
        }

        var countersByScope = new Dictionary<BoardScope, BoardCounters>();
        foreach (var subscription in _subscriptions)
        {
            var scope = subscription.Scope;
            if (!countersByScope.TryGetValue(scope, out var counters))
            {
                countersByScope[scope] = counters = BoardCounters.Count(_state.Open.Where(scope.Includes));
            }

            var rows = changes.Where(c => c.After is not null && scope.Includes(c.After)).Select(c => c.After!);
            var removed = changes.Where(c => (c.After is null || !scope.Includes(c.After)) && c.Before is not null && scope.Includes(c.Before)).Select(c => c.Id);
            var lines = activities.Where(a => scope.Includes(a.Row!)).Select(a => a.Activity);
            subscription.Offer(rows, removed, lines, batch.DroppedActivities, counters);
        }
    }
}
