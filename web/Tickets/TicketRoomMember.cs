using System.Threading.Channels;
using ItsmOrleans.Web.Boards;

namespace ItsmOrleans.Web.Tickets;

/// <summary>
/// One connection's stream of a ticket room. It opens with a read of its own (the snapshot), then passes on what its
/// audience's room serialised for everyone. A message overlapping what this connection already holds (it joined while
/// the room was reading) becomes a trimmed copy of its own; one that would leave a gap, or a backlog this connection
/// does not take in time, is replaced by a read of its own from where it is. Nothing queues without bound.
/// </summary>
public sealed class TicketRoomMember(Guid incidentId, Caller caller, TicketAudience audience, TicketRoomReader reader)
{
    public const int MaxWaiting = 16;

    private readonly Lock _gate = new();
    private readonly Queue<SerializedRoomMessage> _waiting = new();
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private bool _behind;

    // Touched only by Open and then by the pump, one after the other.
    private int _holdsUpTo;
    private long _presenceRevision = -1;
    private long _seq;

    public Caller Caller => caller;

    /// <summary>The last timeline sequence this connection was sent.</summary>
    public int HoldsUpTo => _holdsUpTo;

    public void Offer(SerializedRoomMessage message)
    {
        lock (_gate)
        {
            if (_waiting.Count >= MaxWaiting)
            {
                _waiting.Clear();
                _behind = true;
            }
            else
            {
                _waiting.Enqueue(message);
            }
        }

        _wake.Writer.TryWrite(true);
    }

    /// <summary>The room could not read the ticket: this connection reads what it missed itself.</summary>
    public void FallBehind()
    {
        lock (_gate)
        {
            _waiting.Clear();
            _behind = true;
        }

        _wake.Writer.TryWrite(true);
    }

    /// <summary>Reads the ticket (the whole timeline, or what came after <paramref name="afterSequence"/>) as the first frame.</summary>
    public async Task<TicketRoomFrame> Open(int afterSequence) =>
        Frame(await reader.Read(incidentId, caller, audience, afterSequence, BoardMessageKind.Snapshot));

    public async Task Pump(TicketRoomFrame first, ChannelWriter<TicketRoomFrame> output, CancellationToken cancellationToken)
    {
        await output.WriteAsync(first, cancellationToken);
        while (await _wake.Reader.WaitToReadAsync(cancellationToken))
        {
            _wake.Reader.TryRead(out _);
            var (waiting, behind) = Take();
            if (behind)
            {
                await output.WriteAsync(Frame(await ReadMissed()), cancellationToken);
            }

            foreach (var message in waiting)
            {
                if (await Fit(message) is { } fitting)
                {
                    await output.WriteAsync(Frame(fitting), cancellationToken);
                }
            }
        }
    }

    private (List<SerializedRoomMessage> Waiting, bool Behind) Take()
    {
        lock (_gate)
        {
            var taken = (_waiting.ToList(), _behind);
            _waiting.Clear();
            _behind = false;
            return taken;
        }
    }

    /// <summary>The shared message itself when it follows on from what this connection holds; otherwise what does.</summary>
    private async Task<SerializedRoomMessage?> Fit(SerializedRoomMessage shared)
    {
        var message = shared.Message;
        if (!message.Complete && shared.After > _holdsUpTo)
        {
            return await ReadMissed();
        }

        var overlapping = !message.Complete && message.Timeline.Count > 0 && message.Timeline[0].Entry.Sequence <= _holdsUpTo;
        var stalePresence = shared.PresenceRevision <= _presenceRevision;
        if (!overlapping && !stalePresence)
        {
            return shared;
        }

        var trimmed = message with
        {
            Timeline = overlapping ? [.. message.Timeline.Where(item => item.Entry.Sequence > _holdsUpTo)] : message.Timeline,
            Viewers = stalePresence ? null : message.Viewers,
        };
        return trimmed.Incident is null && trimmed.Timeline.Count == 0 && trimmed.Viewers is null
            ? null
            : reader.Serialize(trimmed, _holdsUpTo, stalePresence ? null : shared.PresenceRevision);
    }

    private Task<SerializedRoomMessage> ReadMissed() => reader.Read(incidentId, caller, audience, _holdsUpTo, BoardMessageKind.Delta);

    private TicketRoomFrame Frame(SerializedRoomMessage message)
    {
        _holdsUpTo = message.Message.Complete ? message.LastSequence : Math.Max(_holdsUpTo, message.LastSequence);
        _presenceRevision = Math.Max(_presenceRevision, message.PresenceRevision ?? -1);
        return new TicketRoomFrame(++_seq, message);
    }
}
