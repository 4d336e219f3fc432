using System.Threading.Channels;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.Tickets;

namespace ItsmOrleans.Web.Tickets;

/// <summary>
/// This host's ticket rooms: the clients watching each ticket. The board batches tell it which tickets moved and who
/// is present; it wakes the clients of those tickets only.
/// </summary>
public sealed class TicketRoomFeed(IGrainFactory grains, TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, List<TicketRoomSubscription>> _rooms = [];

    /// <summary>Opens a room stream; fails at once (not inside the stream) when the ticket cannot be read.</summary>
    public async Task<ChannelReader<TicketRoomMessage>> Subscribe(Guid incidentId, int afterSequence, Caller caller, CancellationToken cancellationToken)
    {
        var subscription = new TicketRoomSubscription(incidentId, caller, grains, time);
        Join(subscription);
        TicketRoomMessage first;
        try
        {
            first = await subscription.Open(afterSequence);
        }
        catch
        {
            Leave(subscription);
            throw;
        }

        var output = Channel.CreateBounded<TicketRoomMessage>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        _ = Serve(subscription, first, output.Writer, cancellationToken);
        return output.Reader;
    }

    public void OnTicks(IReadOnlyList<TicketTick> ticks)
    {
        foreach (var tick in ticks)
        {
            foreach (var subscription in In(tick.IncidentId))
            {
                subscription.OnTick(tick);
            }
        }
    }

    public void OnPresence(IReadOnlyList<TicketPresence> presence)
    {
        foreach (var room in presence)
        {
            foreach (var subscription in In(room.IncidentId))
            {
                subscription.OnPresence(room);
            }
        }
    }

    /// <summary>This host missed batches: every room reads its ticket again, whatever it heard.</summary>
    public void RefreshAll()
    {
        List<TicketRoomSubscription> all;
        lock (_gate)
        {
            all = [.. _rooms.Values.SelectMany(room => room)];
        }

        all.ForEach(subscription => subscription.Refresh());
    }

    private async Task Serve(TicketRoomSubscription subscription, TicketRoomMessage first, ChannelWriter<TicketRoomMessage> output, CancellationToken cancellationToken)
    {
        try
        {
            await subscription.Pump(first, output, cancellationToken);
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
            Leave(subscription);
            output.TryComplete();
        }
    }

    private void Join(TicketRoomSubscription subscription)
    {
        lock (_gate)
        {
            if (!_rooms.TryGetValue(subscription.IncidentId, out var room))
            {
                _rooms[subscription.IncidentId] = room = [];
            }

            room.Add(subscription);
        }
    }

    private void Leave(TicketRoomSubscription subscription)
    {
        lock (_gate)
        {
            if (_rooms.TryGetValue(subscription.IncidentId, out var room) && room.Remove(subscription) && room.Count == 0)
            {
                _rooms.Remove(subscription.IncidentId);
            }
        }
    }

    private List<TicketRoomSubscription> In(Guid incidentId)
    {
        lock (_gate)
        {
            return _rooms.TryGetValue(incidentId, out var room) ? [.. room] : [];
        }
    }
}
