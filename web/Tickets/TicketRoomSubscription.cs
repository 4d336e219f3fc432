using System.Threading.Channels;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.Tickets;
using ItsmOrleans.Web.Boards;

namespace ItsmOrleans.Web.Tickets;

/// <summary>
/// One client in one ticket's room. Only the newest revision heard of and the newest presence wait here; the pump
/// reads what the client has not seen from the incident grain (with the client's own rights), so a burst of changes
/// costs one read and nothing queues without bound.
/// </summary>
public sealed class TicketRoomSubscription(Guid incidentId, Caller caller, IGrainFactory grains, TimeProvider time)
{
    public const int TimelineLimit = 500;

    private readonly Lock _gate = new();
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private int _heardRevision;
    private int _fetchedRevision;
    private TicketPresence? _presence;
    private long _presenceSent = -1;
    private int _lastSequence;
    private long _seq;

    public Guid IncidentId => incidentId;

    public void OnTick(TicketTick tick)
    {
        lock (_gate)
        {
            _heardRevision = Math.Max(_heardRevision, tick.Revision);
        }

        _wake.Writer.TryWrite(true);
    }

    public void Refresh()
    {
        lock (_gate)
        {
            _heardRevision = Math.Max(_heardRevision, _fetchedRevision + 1);
        }

        _wake.Writer.TryWrite(true);
    }

    public void OnPresence(TicketPresence presence)
    {
        lock (_gate)
        {
            if (_presence is null || _presence.Revision < presence.Revision)
            {
                _presence = presence;
            }
        }

        _wake.Writer.TryWrite(true);
    }

    /// <summary>Reads the ticket (the whole timeline, or what came after <paramref name="afterSequence"/>) as the first message.</summary>
    public async Task<TicketRoomMessage> Open(int afterSequence)
    {
        var presence = await grains.GetGrain<ITicketPresenceGrain>(incidentId).Get();
        var timeline = await grains.GetGrain<IIncidentGrain>(incidentId).GetTimeline(caller, afterSequence, TimelineLimit);
        OnPresence(presence);
        lock (_gate)
        {
            _presenceSent = presence.Revision;
        }

        Remember(timeline);
        return new TicketRoomMessage(_seq = 1, BoardMessageKind.Snapshot, time.GetUtcNow(), timeline.Incident, timeline.Timeline, timeline.Complete, presence.Viewers);
    }

    public async Task Pump(TicketRoomMessage first, ChannelWriter<TicketRoomMessage> output, CancellationToken cancellationToken)
    {
        await output.WriteAsync(first, cancellationToken);
        while (await _wake.Reader.WaitToReadAsync(cancellationToken))
        {
            _wake.Reader.TryRead(out _);
            if (await Next() is { } message)
            {
                await output.WriteAsync(message, cancellationToken);
            }
        }
    }

    private async Task<TicketRoomMessage?> Next()
    {
        int wanted;
        TicketPresence? presence;
        lock (_gate)
        {
            wanted = _heardRevision;
            presence = _presence is { } p && p.Revision > _presenceSent ? p : null;
            _presenceSent = presence?.Revision ?? _presenceSent;
        }

        TicketTimeline? timeline = null;
        if (wanted > _fetchedRevision)
        {
            timeline = await grains.GetGrain<IIncidentGrain>(incidentId).GetTimeline(caller, _lastSequence, TimelineLimit);
            _fetchedRevision = wanted;
            Remember(timeline);
        }

        return timeline is null && presence is null ? null
            : new TicketRoomMessage(++_seq, BoardMessageKind.Delta, time.GetUtcNow(), timeline?.Incident, timeline?.Timeline ?? [], timeline?.Complete ?? false, presence?.Viewers);
    }

    private void Remember(TicketTimeline timeline)
    {
        if (timeline.Timeline.Count > 0)
        {
            _lastSequence = Math.Max(_lastSequence, timeline.Timeline[^1].Entry.Sequence);
        }
    }
}
