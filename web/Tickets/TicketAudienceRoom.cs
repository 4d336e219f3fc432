using System.Threading.Channels;
using ItsmOrleans.Contracts.Tickets;
using ItsmOrleans.Web.Boards;

namespace ItsmOrleans.Web.Tickets;

/// <summary>
/// The connections of one audience watching one ticket on this host. Only the newest revision heard of and the newest
/// presence wait here; each change is read from the incident grain once, with the rights of one of its connections
/// (an audience is shown the same, see <see cref="TicketAudience"/>), and serialised once for all of them.
/// </summary>
public sealed class TicketAudienceRoom(Guid incidentId, TicketAudience audience, TicketRoomReader reader) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly List<TicketRoomMember> _members = [];
    private readonly HashSet<TicketRoomMember> _opened = [];
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CancellationTokenSource _closed = new();
    private int? _after;
    private int _heardRevision;
    private int _fetchedRevision;
    private TicketPresence? _presence;
    private long _presenceSent = -1;

    public Guid IncidentId => incidentId;

    public TicketAudience Audience => audience;

    public void Start() => _ = Run(_closed.Token);

    /// <summary>The room emptied: its pump stops.</summary>
    public void Dispose()
    {
        _closed.Cancel();
        _closed.Dispose();
    }

    /// <summary>A connection joins before it reads its snapshot, so that nothing the room reads meanwhile passes it by.</summary>
    public void Join(TicketRoomMember member)
    {
        lock (_gate)
        {
            _members.Add(member);
        }
    }

    /// <summary>The connection read its snapshot: the room may read with its rights, and starts after it if it is the first.</summary>
    public void Opened(TicketRoomMember member)
    {
        lock (_gate)
        {
            _opened.Add(member);
            _after ??= member.HoldsUpTo;
        }

        _wake.Writer.TryWrite(true);
    }

    /// <returns>True when nobody is left.</returns>
    public bool Leave(TicketRoomMember member)
    {
        lock (_gate)
        {
            _members.Remove(member);
            _opened.Remove(member);
            return _members.Count == 0;
        }
    }

    public void OnTick(TicketTick tick)
    {
        lock (_gate)
        {
            _heardRevision = Math.Max(_heardRevision, tick.Revision);
        }

        _wake.Writer.TryWrite(true);
    }

    /// <summary>This host may have missed ticks: read the ticket again.</summary>
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
        if (!audience.SeesPresence)
        {
            return;
        }

        lock (_gate)
        {
            if (_presence is null || _presence.Revision < presence.Revision)
            {
                _presence = presence;
            }
        }

        _wake.Writer.TryWrite(true);
    }

    private async Task Run(CancellationToken cancellationToken)
    {
        try
        {
            while (await _wake.Reader.WaitToReadAsync(cancellationToken))
            {
                _wake.Reader.TryRead(out _);
                try
                {
                    if (await Next() is { } message)
                    {
                        Members().ForEach(member => member.Offer(message));
                    }
                }
                catch (Exception exception) when (exception is OrleansException or TimeoutException or DomainException)
                {
                    // Each connection reads what it missed itself; one that cannot either ends, and its client resumes.
                    Members().ForEach(member => member.FallBehind());
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The last connection left.
        }
    }

    private async Task<SerializedRoomMessage?> Next()
    {
        int wanted;
        int after;
        TicketRoomMember reading;
        TicketPresence? presence;
        lock (_gate)
        {
            if (_after is not { } known || _opened.FirstOrDefault() is not { } someone)
            {
                return null;
            }

            (wanted, after, reading) = (_heardRevision, known, someone);
            presence = _presence is { } p && p.Revision > _presenceSent ? p : null;
            _presenceSent = presence?.Revision ?? _presenceSent;
        }

        TicketTimeline? timeline = null;
        if (wanted > _fetchedRevision)
        {
            timeline = await reader.Timeline(incidentId, reading.Caller, after);
            _fetchedRevision = wanted;
            if (timeline.Timeline.Count > 0)
            {
                lock (_gate)
                {
                    _after = timeline.Timeline[^1].Entry.Sequence;
                }
            }
        }

        return timeline is null && presence is null ? null : reader.Message(BoardMessageKind.Delta, after, timeline, presence);
    }

    private List<TicketRoomMember> Members()
    {
        lock (_gate)
        {
            return [.. _members];
        }
    }
}
