using System.Threading.Channels;
using ItsmOrleans.Contracts.LiveFeeds;
using ItsmOrleans.Contracts.Tickets;
using ItsmOrleans.Web.LiveFeeds;

namespace ItsmOrleans.Web.Tickets;

/// <summary>
/// This host's ticket rooms: for each ticket someone watches, one room per audience (<see cref="TicketAudience"/>).
/// The live batches tell it which tickets moved and who is present; it wakes the rooms of those tickets only.
/// </summary>
public sealed class TicketRoomFeed(TicketRoomReader reader) : ILiveFeedConsumer
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, Dictionary<TicketAudience, TicketAudienceRoom>> _rooms = [];

    /// <summary>Opens a room stream; fails at once (not inside the stream) when the caller may not read the ticket.</summary>
    public async Task<ChannelReader<TicketRoomFrame>> Subscribe(Guid incidentId, int afterSequence, Caller caller, CancellationToken cancellationToken)
    {
        var audience = TicketAudience.Of(caller);
        var member = new TicketRoomMember(incidentId, caller, audience, reader);
        var room = Join(incidentId, audience, member);
        TicketRoomFrame first;
        try
        {
            first = await member.Open(afterSequence);
        }
        catch
        {
            Leave(room, member);
            throw;
        }

        room.Opened(member);
        var output = Channel.CreateBounded<TicketRoomFrame>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        _ = Serve(room, member, first, output.Writer, cancellationToken);
        return output.Reader;
    }

    public void OnBatch(LiveBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        OnTicks(batch.RowsOf<TicketTick>());
        OnPresence(batch.RowsOf<TicketPresence>());
        if (batch.Resync)
        {
            RefreshAll();
        }
    }

    /// <summary>Nothing to load: each room reads its ticket when it opens, and again when a batch says batches were missed.</summary>
    public Task Reload(bool first, CancellationToken cancellationToken) => Task.CompletedTask;

    public void OnTicks(IReadOnlyList<TicketTick> ticks)
    {
        foreach (var tick in ticks)
        {
            In(tick.IncidentId).ForEach(room => room.OnTick(tick));
        }
    }

    public void OnPresence(IReadOnlyList<TicketPresence> presence)
    {
        foreach (var viewers in presence)
        {
            In(viewers.IncidentId).ForEach(room => room.OnPresence(viewers));
        }
    }

    /// <summary>This host missed batches: every room reads its ticket again, whatever it heard.</summary>
    public void RefreshAll()
    {
        List<TicketAudienceRoom> all;
        lock (_gate)
        {
            all = [.. _rooms.Values.SelectMany(rooms => rooms.Values)];
        }

        all.ForEach(room => room.Refresh());
    }

    private async Task Serve(TicketAudienceRoom room, TicketRoomMember member, TicketRoomFrame first, ChannelWriter<TicketRoomFrame> output, CancellationToken cancellationToken)
    {
        try
        {
            await member.Pump(first, output, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away.
        }
        catch (Exception exception) when (exception is OrleansException or TimeoutException)
        {
            // The cluster could not be read; ending the stream makes the client resume from its last sequence.
            output.TryComplete(exception);
        }
        finally
        {
            Leave(room, member);
            output.TryComplete();
        }
    }

    private TicketAudienceRoom Join(Guid incidentId, TicketAudience audience, TicketRoomMember member)
    {
        lock (_gate)
        {
            if (!_rooms.TryGetValue(incidentId, out var rooms))
            {
                _rooms[incidentId] = rooms = [];
            }

            if (!rooms.TryGetValue(audience, out var room))
            {
                rooms[audience] = room = new TicketAudienceRoom(incidentId, audience, reader);
                room.Start();
            }

            room.Join(member);
            return room;
        }
    }

    private void Leave(TicketAudienceRoom room, TicketRoomMember member)
    {
        lock (_gate)
        {
            if (!room.Leave(member))
            {
                return;
            }

            room.Dispose();
            if (_rooms.TryGetValue(room.IncidentId, out var rooms) && rooms.Remove(room.Audience) && rooms.Count == 0)
            {
                _rooms.Remove(room.IncidentId);
            }
        }
    }

    private List<TicketAudienceRoom> In(Guid incidentId)
    {
        lock (_gate)
        {
            return _rooms.TryGetValue(incidentId, out var rooms) ? [.. rooms.Values] : [];
        }
    }
}
