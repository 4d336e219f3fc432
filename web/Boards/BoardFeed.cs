using System.Text.Json;
using System.Threading.Channels;
using ItsmOrleans.Contracts.Boards;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.LiveFeeds;
using ItsmOrleans.Web.Extensions;
using ItsmOrleans.Web.LiveFeeds;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Web.Boards;

/// <summary>
/// This host's board hub: takes the incident rows and feed lines of the live batches, keeps the board state, and fans
/// changes out per scope. Each tick turns a scope's pending changes into one delta, serialised once and handed to
/// every client of that scope as the same bytes. The state is (re)loaded from the read model at start and whenever
/// this host may have missed batches; changes that arrive during a load are applied on top of it.
/// </summary>
public sealed partial class BoardFeed
{
    // Batches kept while a load is running; beyond this the load is simply repeated afterwards.
    private const int MaxRowsArrivingDuringLoad = 100_000;

    // _gate guards the state and the scopes. _sendGate makes frames leave in sequence order; it is taken before
    // _gate, never inside it, so that serialising and handing out a frame does not hold up incoming batches.
    private readonly Lock _gate = new();
    private readonly Lock _sendGate = new();
    private readonly Dictionary<BoardScope, ScopeFanOut> _scopes = [];
    private readonly List<IncidentBatch> _arrivedDuringLoad = [];
    private readonly TaskCompletionSource _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Channel<bool> _due = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly TimeProvider _time;
    private readonly IOptions<BoardFeedOptions> _options;
    private readonly BoardMetrics? _metrics;
    private readonly LiveFeedReloads _reloads;
    private readonly ILogger _logger;
    private readonly JsonSerializerOptions _json = ApiJson.Options;
    private readonly BoardState _state;
    private bool _loading;
    private int _rowsArrivedDuringLoad;

    public BoardFeed(TimeProvider time, IOptions<BoardFeedOptions> options, LiveFeedReloads reloads, BoardMetrics? metrics = null, ILogger<BoardFeed>? logger = null)
    {
        (_time, _options, _reloads, _metrics) = (time, options, reloads, metrics);
        _logger = logger ?? NullLogger<BoardFeed>.Instance;
        _state = new BoardState(time);

        // The whole hub's counters are kept even when no board watches everything: they are this host's gauges.
        _scopes[BoardScope.All] = new ScopeFanOut(BoardScope.All, new BoardTally());
        metrics?.Observe(this);
        _ = Task.Run(SendTicks);
    }

    public Task Loaded => _loaded.Task;

    /// <summary>Open incidents by priority and status across the hub, as this host knows them.</summary>
    public BoardCounters HubCounters()
    {
        lock (_gate)
        {
            return _scopes[BoardScope.All].Tally.Counters();
        }
    }

    public int Subscribers
    {
        get
        {
            lock (_gate)
            {
                return _scopes.Values.Sum(s => s.Watchers.Count);
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
            foreach (var batch in _arrivedDuringLoad)
            {
                ApplyLocked(batch);
            }

            foreach (var fanOut in _scopes.Values)
            {
                fanOut.Recount(_state.Open);
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

            foreach (var watcher in _scopes.Values.SelectMany(s => s.Watchers))
            {
                watcher.Resync();
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
                ApplyLocked(incidents);
            }

            // Before the first load there is nothing to update: the load reads the database after this change was written.
        }

        _due.Writer.TryWrite(true);
    }

    private void ApplyLocked(IncidentBatch batch)
    {
        var changes = batch.Rows.Select(_state.Apply).OfType<RowChange>().ToList();
        var batchRows = batch.Rows.GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Revision)!);
        var activities = batch.Activities
            .Select(a => (Activity: a, Row: _state.AddActivity(a, batchRows.GetValueOrDefault(a.IncidentId))))
            .Where(a => a.Row is not null)
            .ToList();
        foreach (var fanOut in _scopes.Values)
        {
            foreach (var change in changes)
            {
                fanOut.Record(change);
            }

            foreach (var (activity, row) in activities)
            {
                if (fanOut.Scope.Includes(row!))
                {
                    fanOut.Record(activity);
                }
            }

            fanOut.RecordDropped(batch.DroppedActivities);
        }
    }

    /// <summary>What the board takes from a live batch.</summary>
    private sealed record IncidentBatch(IReadOnlyList<IncidentSummary> Rows, IReadOnlyList<BoardActivity> Activities, int DroppedActivities);
}
