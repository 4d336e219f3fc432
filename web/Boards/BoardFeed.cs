using System.Threading.Channels;
using ItsmOrleans.Contracts.Boards;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.LiveFeeds;
using ItsmOrleans.Web.LiveFeeds;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Web.Boards;

/// <summary>
/// This host's board hub: takes the incident rows and feed lines of the live batches, keeps the board state, and fans changes out to each
/// subscribed client within its scope. The state is (re)loaded from the read model at start and whenever this host
/// may have missed batches; changes that arrive during a load are applied on top of it.
/// </summary>
public sealed class BoardFeed
{
    // Batches kept while a load is running; beyond this the load is simply repeated afterwards.
    private const int MaxRowsArrivingDuringLoad = 100_000;

    private readonly Lock _gate = new();
    private readonly List<BoardSubscription> _subscriptions = [];

    // The counters of every scope someone watches, kept up to date change by change.
    private readonly Dictionary<BoardScope, BoardTally> _tallies = [];
    private readonly List<IncidentBatch> _arrivedDuringLoad = [];
    private readonly TaskCompletionSource _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TimeProvider _time;
    private readonly IOptions<BoardFeedOptions> _options;
    private readonly BoardMetrics? _metrics;
    private readonly LiveFeedReloads _reloads;
    private readonly BoardState _state;
    private bool _loading;
    private int _rowsArrivedDuringLoad;

    public BoardFeed(TimeProvider time, IOptions<BoardFeedOptions> options, LiveFeedReloads reloads, BoardMetrics? metrics = null)
    {
        (_time, _options, _reloads, _metrics) = (time, options, reloads, metrics);
        _state = new BoardState(time);

        // The whole hub's counters are kept even when no board watches everything: they are this host's gauges.
        _tallies[BoardScope.All] = new BoardTally();
        metrics?.Observe(this);
    }

    public Task Loaded => _loaded.Task;

    /// <summary>Open incidents by priority and status across the hub, as this host knows them.</summary>
    public BoardCounters HubCounters()
    {
        lock (_gate)
        {
            return _tallies[BoardScope.All].Counters();
        }
    }

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

    /// <summary>Call before reading the read model: batches from now on are kept until <see cref="CompleteLoad"/>.</summary>
    public void BeginLoad()
    {
        lock (_gate)
        {
            _loading = true;
            _arrivedDuringLoad.Clear();
            _rowsArrivedDuringLoad = 0;
        }
    }

    /// <summary>The load failed; batches are no longer kept and the state stays as it was.</summary>
    public void AbandonLoad()
    {
        lock (_gate)
        {
            _loading = false;
            _arrivedDuringLoad.Clear();
        }
    }

    /// <summary>
    /// Replaces the state with the open incidents read from the database, applies what arrived meanwhile, and gives
    /// every subscribed client a fresh snapshot (the first load just opens the doors).
    /// </summary>
    public void CompleteLoad(IEnumerable<IncidentSummary> open)
    {
        lock (_gate)
        {
            _state.ReplaceOpen(open);
            foreach (var scope in _tallies.Keys.ToList())
            {
                _tallies[scope] = BoardTally.Of(_state.Open.Where(scope.Includes));
            }

            foreach (var batch in _arrivedDuringLoad)
            {
                ApplyLocked(batch, notify: false);
            }

            if (_rowsArrivedDuringLoad > MaxRowsArrivingDuringLoad)
            {
                _reloads.Request();
            }

            _arrivedDuringLoad.Clear();
            _loading = false;
            if (!_loaded.Task.IsCompleted)
            {
                _loaded.SetResult();
                return;
            }

            foreach (var subscription in _subscriptions)
            {
                subscription.Reset(Snapshot(subscription.Scope));
            }
        }
    }

    public void OnBatch(LiveBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var incidents = new IncidentBatch(batch.RowsOf<IncidentSummary>(), batch.EventsOf<BoardActivity>(), batch.DroppedOf<BoardActivity>());
        if (incidents.Rows.Count == 0 && incidents.Activities.Count == 0 && incidents.DroppedActivities == 0)
        {
            return;
        }

        lock (_gate)
        {
            if (_loading)
            {
                _rowsArrivedDuringLoad += incidents.Rows.Count;
                if (_rowsArrivedDuringLoad <= MaxRowsArrivingDuringLoad)
                {
                    _arrivedDuringLoad.Add(incidents);
                }
            }
            else if (_loaded.Task.IsCompleted)
            {
                ApplyLocked(incidents, notify: true);
            }

            // Before the first load there is nothing to update: the load reads the database after this change was written.
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
        var subscription = new BoardSubscription(scope, _time, _metrics);
        try
        {
            await _loaded.Task.WaitAsync(cancellationToken);
            BoardMessage snapshot;
            lock (_gate)
            {
                if (!_tallies.ContainsKey(scope))
                {
                    _tallies[scope] = BoardTally.Of(_state.Open.Where(scope.Includes));
                }

                snapshot = Snapshot(scope);
                _subscriptions.Add(subscription);
            }

            await subscription.Pump(snapshot, output, _options.Value.MinInterval, cancellationToken);
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
                if (scope != BoardScope.All && !_subscriptions.Exists(s => s.Scope == scope))
                {
                    _tallies.Remove(scope);
                }
            }

            output.TryComplete();
        }
    }

    private BoardMessage Snapshot(BoardScope scope)
    {
        var rows = _state.Open.Where(scope.Includes).ToList();
        var counters = (_tallies.GetValueOrDefault(scope) ?? BoardTally.Of(rows)).Counters();
        return new BoardMessage(1, BoardMessageKind.Snapshot, scope, _time.GetUtcNow(), rows, [], counters, _state.RecentFor(scope), 0);
    }

    private void ApplyLocked(IncidentBatch batch, bool notify)
    {
        var changes = batch.Rows.Select(_state.Apply).OfType<RowChange>().ToList();
        foreach (var (scope, tally) in _tallies)
        {
            foreach (var change in changes)
            {
                tally.Change(change.Before is { } before && scope.Includes(before) ? before : null, change.After is { } after && scope.Includes(after) ? after : null);
            }
        }

        var batchRows = batch.Rows.GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Revision)!);
        var activities = batch.Activities
            .Select(a => (Activity: a, Row: _state.AddActivity(a, batchRows.GetValueOrDefault(a.IncidentId))))
            .Where(a => a.Row is not null)
            .ToList();
        if (!notify || _subscriptions.Count == 0 || (changes.Count == 0 && activities.Count == 0 && batch.DroppedActivities == 0))
        {
            return;
        }

        // What a scope gets is worked out once, however many clients watch it.
        foreach (var watchers in _subscriptions.GroupBy(s => s.Scope))
        {
            var scope = watchers.Key;
            var counters = _tallies[scope].Counters();
            var rows = changes.Where(c => c.After is not null && scope.Includes(c.After)).Select(c => c.After!).ToList();
            var removed = changes.Where(c => (c.After is null || !scope.Includes(c.After)) && c.Before is not null && scope.Includes(c.Before)).Select(c => c.Id).ToList();
            var lines = activities.Where(a => scope.Includes(a.Row!)).Select(a => a.Activity).ToList();
            foreach (var subscription in watchers)
            {
                subscription.Offer(rows, removed, lines, batch.DroppedActivities, counters);
            }
        }
    }

    /// <summary>What the board takes from a live batch.</summary>
    private sealed record IncidentBatch(IReadOnlyList<IncidentSummary> Rows, IReadOnlyList<BoardActivity> Activities, int DroppedActivities);
}
