using ItsmOrleans.Contracts.Alerts;
using ItsmOrleans.Contracts.Boards;
using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.MajorIncidents;
using ItsmOrleans.Contracts.Notices;
using ItsmOrleans.Contracts.ServiceRequests;
using ItsmOrleans.Contracts.Services;
using ItsmOrleans.Contracts.Tickets;

namespace ItsmOrleans.Grains.Boards;

/// <summary>
/// A publisher's delivery to one web host: one push in flight at a time; what arrives meanwhile is merged (latest row
/// per incident, a bounded feed) and sent next. A failed push is not repeated: the host is told to reload instead, by
/// the next push or, if none comes, by a resync sent on its own after a pause.
/// </summary>
internal sealed class HostLink(IBoardObserver host, BoardPublishingOptions options)
{
    private readonly LatestByRevision<Guid, IncidentSummary> _rows = new(r => r.Id, r => r.Revision);
    private readonly List<BoardActivity> _activities = [];
    private readonly LatestByRevision<string, ServiceSummary> _services = new(s => s.Id, s => s.Revision);
    private readonly LatestByRevision<Guid, ChangeSummary> _changes = new(c => c.Id, c => c.Revision);
    private readonly LatestByRevision<Guid, MajorIncidentSummary> _majorIncidents = new(m => m.Id, m => m.Revision);
    private readonly LatestByRevision<string, BoardNotice> _notices = new(n => n.Key, n => n.Revision);
    private readonly LatestByRevision<Guid, TicketTick> _tickets = new(t => t.IncidentId, t => t.Revision);
    private readonly LatestByRevision<Guid, TicketPresence> _presence = new(p => p.IncidentId, p => p.Revision);
    private readonly LatestByRevision<Guid, AlertSummary> _alerts = new(a => a.Id, a => a.Revision);
    private readonly LatestByRevision<Guid, ServiceRequestSummary> _serviceRequests = new(r => r.Id, r => r.Revision);
    private readonly List<Mention> _mentions = [];
    private int _dropped;
    private bool _missedBatches;
    private Task _delivery = Task.CompletedTask;

    private static readonly TimeSpan[] RetryPauses = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5)];

    private Exception? _failure;
    private int _failedAttempts;
    private bool _closed;

    /// <summary>The publisher forgot the host: no more retries.</summary>
    public void Close() => _closed = true;

    /// <summary>Why a push failed since the last call, for the log; null if none did.</summary>
    public Exception? TakeFailure()
    {
        var failure = _failure;
        _failure = null;
        return failure;
    }

    public void MarkMissed() => _missedBatches = true;

    /// <summary>Queues the batch for this host and starts delivering unless a push is already in flight.</summary>
    public void Send(BoardBatch batch)
    {
        _rows.OfferAll(batch.Rows);
        _services.OfferAll(batch.Services);

        _changes.OfferAll(batch.Changes);
        _majorIncidents.OfferAll(batch.MajorIncidents);
        _notices.OfferAll(batch.Notices);
        _tickets.OfferAll(batch.Tickets);
        _presence.OfferAll(batch.Presence);
        _alerts.OfferAll(batch.Alerts);
        _serviceRequests.OfferAll(batch.ServiceRequests);
        _mentions.AddRange(batch.Mentions ?? []);
        if (_mentions.Count > options.ActivityBuffer)
        {
            _mentions.RemoveRange(0, _mentions.Count - options.ActivityBuffer);
        }

        _activities.AddRange(batch.Activities);
        _dropped += batch.DroppedActivities;
        if (_activities.Count > options.ActivityBuffer)
        {
            _dropped += _activities.Count - options.ActivityBuffer;
            _activities.RemoveRange(0, _activities.Count - options.ActivityBuffer);
        }

        if (_delivery.IsCompleted)
        {
            _delivery = Deliver();
        }
    }

    private async Task Deliver()
    {
        while (_rows.Count > 0 || _activities.Count > 0 || _services.Count > 0 || _changes.Count > 0 || _majorIncidents.Count > 0 || _notices.Count > 0
            || _tickets.Count > 0 || _presence.Count > 0 || _mentions.Count > 0 || _alerts.Count > 0 || _serviceRequests.Count > 0
            || _missedBatches)
        {
            var batch = new BoardBatch(_rows.TakeAll(), [.. _activities], _dropped, _missedBatches, _services.TakeAll(), _changes.TakeAll(), _majorIncidents.TakeAll(), _notices.TakeAll(),
                _tickets.TakeAll(), _presence.TakeAll(), [.. _mentions], _alerts.TakeAll(), _serviceRequests.TakeAll());
            _mentions.Clear();
            _activities.Clear();
            _dropped = 0;
            _missedBatches = false;
            try
            {
                await host.OnBoardBatch(batch).WaitAsync(options.HostTimeout);
            }
            catch (Exception exception)
            {
                // Whatever the failure, the host lacks these rows. Nothing waits on this delivery, so it is recorded
                // here rather than rethrown: the host is told to reload with the next batch it takes. That batch may
                // be long in coming (the last change for a while), so it is sent by itself after a pause, until the
                // host takes it or the publisher forgets the host.
                _failure = exception;
                _missedBatches = true;
                var pause = RetryPauses[Math.Min(_failedAttempts++, RetryPauses.Length - 1)];
                await Task.Delay(pause);
                if (_closed)
                {
                    return;
                }

                continue;
            }

            _failedAttempts = 0;
        }
    }
}
