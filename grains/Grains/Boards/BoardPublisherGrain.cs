using ItsmOrleans.Contracts.Alerts;
using ItsmOrleans.Contracts.Boards;
using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.MajorIncidents;
using ItsmOrleans.Contracts.Notices;
using ItsmOrleans.Contracts.ServiceRequests;
using ItsmOrleans.Contracts.Services;
using ItsmOrleans.Contracts.Tickets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Grains.Boards;

/// <summary>
/// One per silo (Orleans' GPSTracker pattern, with coalescing). Changes collect for a short batch interval and go to
/// every registered web host together. Each incident is held to one push per <see cref="BoardPublishingOptions.PerIncidentInterval"/>:
/// meanwhile only its latest row is kept, so a storm costs a bounded number of pushes and memory per incident.
/// A host that misses a batch is never sent a backlog: it is told to reload from the read model instead.
/// </summary>
[StatelessWorker(1)]
[Reentrant]
public sealed class BoardPublisherGrain(
    IOptions<BoardPublishingOptions> options,
    TimeProvider time,
    ILogger<BoardPublisherGrain> logger) : Grain, IBoardPublisherGrain
{
    private readonly BoardPublishingOptions _options = options.Value;
    private readonly Dictionary<Guid, IncidentSummary> _pending = [];
    private readonly Dictionary<Guid, DateTimeOffset> _lastPushed = [];
    private readonly Queue<BoardActivity> _activities = new();
    private readonly LatestByRevision<string, ServiceSummary> _services = new(s => s.Id, s => s.Revision);
    private readonly LatestByRevision<Guid, ChangeSummary> _changes = new(c => c.Id, c => c.Revision);
    private readonly LatestByRevision<Guid, MajorIncidentSummary> _majorIncidents = new(m => m.Id, m => m.Revision);
    private readonly LatestByRevision<string, BoardNotice> _notices = new(n => n.Key, n => n.Revision);
    private readonly LatestByRevision<Guid, TicketTick> _tickets = new(t => t.IncidentId, t => t.Revision);
    private readonly LatestByRevision<Guid, TicketPresence> _presence = new(p => p.IncidentId, p => p.Revision);
    private readonly LatestByRevision<Guid, AlertSummary> _alerts = new(a => a.Id, a => a.Revision);
    private readonly LatestByRevision<Guid, ServiceRequestSummary> _serviceRequests = new(r => r.Id, r => r.Revision);
    private readonly List<Mention> _mentions = [];
    private readonly Dictionary<GrainId, HostLink> _links = [];
    private int _dropped;
    private DateTimeOffset? _flushDue;
    private bool _everyHostMissedBatches;

    public Task Publish(BoardChange change)
    {
        var row = change.Incident;
        if (!_pending.TryGetValue(row.Id, out var known) || known.Revision < row.Revision)
        {
            _pending[row.Id] = row;
        }

        // Ticket rooms hear of every revision at the batch interval, not held back like board rows.
        _tickets.Offer(new TicketTick(row.Id, row.Revision));
        if (change.Activity is { } activity)
        {
            _activities.Enqueue(activity);
            if (_activities.Count > _options.ActivityBuffer)
            {
                _activities.Dequeue();
                _dropped++;
            }
        }

        ScheduleFlush(_options.BatchInterval);
        return Task.CompletedTask;
    }

    public Task PublishService(ServiceSummary service)
    {
        _services.Offer(service);
        ScheduleFlush(_options.BatchInterval);
        return Task.CompletedTask;
    }

    public Task PublishChange(ChangeSummary change)
    {
        _changes.Offer(change);
        ScheduleFlush(_options.BatchInterval);
        return Task.CompletedTask;
    }

    public Task PublishMajorIncident(MajorIncidentSummary majorIncident)
    {
        _majorIncidents.Offer(majorIncident);
        ScheduleFlush(_options.BatchInterval);
        return Task.CompletedTask;
    }

    public Task PublishNotice(BoardNotice notice)
    {
        _notices.Offer(notice);
        ScheduleFlush(_options.BatchInterval);
        return Task.CompletedTask;
    }

    public Task PublishAlert(AlertSummary alert)
    {
        _alerts.Offer(alert);
        ScheduleFlush(_options.BatchInterval);
        return Task.CompletedTask;
    }

    public Task PublishServiceRequest(ServiceRequestSummary request)
    {
        _serviceRequests.Offer(request);
        ScheduleFlush(_options.BatchInterval);
        return Task.CompletedTask;
    }

    public Task PublishPresence(TicketPresence presence)
    {
        _presence.Offer(presence);
        ScheduleFlush(_options.BatchInterval);
        return Task.CompletedTask;
    }

    public Task PublishMention(Mention mention)
    {
        // Bounded like the feed: past the buffer the oldest go (a mention stays in the ticket's work note regardless).
        _mentions.Add(mention);
        if (_mentions.Count > _options.ActivityBuffer)
        {
            _mentions.RemoveAt(0);
        }

        ScheduleFlush(_options.BatchInterval);
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        Push(TakeBatch(DateTimeOffset.MaxValue));

    /// <summary>
    /// Makes sure a flush happens within <paramref name="delay"/>: a flush already due sooner stands, a later one (rows
    /// held back for their per-incident interval) is brought forward, so nothing else waits behind held rows.
    /// </summary>
    private void ScheduleFlush(TimeSpan delay)
    {
        var due = time.GetUtcNow() + delay;
        if (_flushDue is { } scheduled && scheduled <= due)
        {
            return;
        }

        _flushDue = due;
        FlushAt(due, delay).Ignore();
    }

    private async Task FlushAt(DateTimeOffset due, TimeSpan delay)
    {
        await Task.Delay(delay, time);
        if (_flushDue != due)
        {
            return; // An earlier flush replaced this one and scheduled what follows.
        }

        _flushDue = null;
        var now = time.GetUtcNow();
        try
        {
            await Push(TakeBatch(now));
        }
        finally
        {
            if (_pending.Count > 0 || _activities.Count > 0 || _services.Count > 0 || _changes.Count > 0 || _majorIncidents.Count > 0 || _notices.Count > 0
                || _tickets.Count > 0 || _presence.Count > 0 || _mentions.Count > 0 || _alerts.Count > 0 || _serviceRequests.Count > 0)
            {
                var nextDue = _pending.Count == 0 ? now : _pending.Keys.Min(id => _lastPushed.GetValueOrDefault(id) + _options.PerIncidentInterval);
                ScheduleFlush(nextDue > now + _options.BatchInterval ? nextDue - now : _options.BatchInterval);
            }
        }
    }

    /// <summary>Takes the feed and every row whose incident may be pushed by <paramref name="now"/>; the rest waits.</summary>
    private BoardBatch? TakeBatch(DateTimeOffset now)
    {
        var rows = new List<IncidentSummary>();
        foreach (var (id, row) in _pending)
        {
            if (!_lastPushed.TryGetValue(id, out var last) || last + _options.PerIncidentInterval <= now || now == DateTimeOffset.MaxValue)
            {
                rows.Add(row);
            }
        }

        foreach (var row in rows)
        {
            _pending.Remove(row.Id);
            _lastPushed[row.Id] = now;
        }

        ForgetQuietIncidents(now);
        if (rows.Count == 0 && _activities.Count == 0 && _services.Count == 0 && _changes.Count == 0 && _majorIncidents.Count == 0 && _notices.Count == 0
            && _tickets.Count == 0 && _presence.Count == 0 && _mentions.Count == 0 && _alerts.Count == 0 && _serviceRequests.Count == 0)
        {
            return null;
        }

        var batch = new BoardBatch(rows, [.. _activities], _dropped, Services: _services.TakeAll(), Changes: _changes.TakeAll(), MajorIncidents: _majorIncidents.TakeAll(), Notices: _notices.TakeAll(),
            Tickets: _tickets.TakeAll(), Presence: _presence.TakeAll(), Mentions: [.. _mentions], Alerts: _alerts.TakeAll(),
            ServiceRequests: _serviceRequests.TakeAll());
        _mentions.Clear();
        _activities.Clear();
        _dropped = 0;
        return batch;
    }

    private void ForgetQuietIncidents(DateTimeOffset now)
    {
        if (_lastPushed.Count < 1024)
        {
            return;
        }

        foreach (var id in _lastPushed.Where(p => p.Value + _options.PerIncidentInterval <= now && !_pending.ContainsKey(p.Key)).Select(p => p.Key).ToList())
        {
            _lastPushed.Remove(id);
        }
    }

    /// <summary>
    /// Hands the batch to every registered host without waiting for any of them: a slow host gets the rows merged into
    /// its next push, a failed or unreachable one is told to reload its board from the read model.
    /// </summary>
    private async Task Push(BoardBatch? batch)
    {
        if (batch is null)
        {
            return;
        }

        IReadOnlyList<IBoardObserver> hosts;
        try
        {
            hosts = await GrainFactory.GetGrain<IBoardHostRegistryGrain>(0).GetObservers();
        }
        catch (Exception exception) when (exception is OrleansException or TimeoutException)
        {
            logger.LogWarning(exception, "The board host registry is unavailable; {Rows} rows not pushed, every host will reload", batch.Rows.Count);
            _everyHostMissedBatches = true;
            return;
        }

        var registered = new HashSet<GrainId>();
        foreach (var host in hosts)
        {
            var id = host.GetGrainId();
            registered.Add(id);
            if (!_links.TryGetValue(id, out var link))
            {
                _links[id] = link = new HostLink(host, _options);
            }

            if (link.TakeFailure() is { } failure)
            {
                logger.LogWarning(failure, "A board host did not take its last push; it is told to reload its board");
            }

            if (_everyHostMissedBatches)
            {
                link.MarkMissed();
            }

            link.Send(batch);
        }

        _everyHostMissedBatches = false;
        foreach (var gone in _links.Keys.Where(id => !registered.Contains(id)).ToList())
        {
            _links[gone].Close();
            _links.Remove(gone);
        }
    }
}
