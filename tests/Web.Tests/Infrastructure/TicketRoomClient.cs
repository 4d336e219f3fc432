using System.Threading.Channels;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Tickets;
using ItsmOrleans.Web.Tickets;
using Microsoft.AspNetCore.SignalR.Client;

namespace ItsmOrleans.Web.Tests.Infrastructure;

/// <summary>
/// A ticket room client over a real SignalR connection that keeps its own view the way a page does: the ticket's
/// fields, its timeline by sequence (counting any entry delivered twice), and who is present.
/// </summary>
public sealed class TicketRoomClient : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<int, TimelineItem> _timeline = [];
    private readonly Dictionary<int, DateTimeOffset> _arrivedAt = [];
    private readonly Channel<bool> _changed = Channel.CreateUnbounded<bool>();
    private readonly Guid _incidentId;
    private CancellationTokenSource _stop = new();
    private Task _reading = Task.CompletedTask;
    private IReadOnlyList<TicketViewer> _viewers = [];
    private DateTimeOffset _viewersAt;

    private TicketRoomClient(HubConnection connection, Guid incidentId)
    {
        Connection = connection;
        _incidentId = incidentId;
    }

    public HubConnection Connection { get; private set; }

    public int Duplicates { get; private set; }

    public int Messages { get; private set; }

    public IncidentView? Incident { get; private set; }

    public int LastSequence
    {
        get
        {
            lock (_gate)
            {
                return _timeline.Count == 0 ? 0 : _timeline.Keys.Max();
            }
        }
    }

    public IReadOnlyList<TimelineItem> Timeline
    {
        get
        {
            lock (_gate)
            {
                return [.. _timeline.OrderBy(t => t.Key).Select(t => t.Value)];
            }
        }
    }

    public (IReadOnlyList<TicketViewer> Viewers, DateTimeOffset At) Presence
    {
        get
        {
            lock (_gate)
            {
                return (_viewers, _viewersAt);
            }
        }
    }

    /// <summary>When the entry with <paramref name="sequence"/> reached this client.</summary>
    public DateTimeOffset? ArrivedAt(int sequence)
    {
        lock (_gate)
        {
            return _arrivedAt.TryGetValue(sequence, out var at) ? at : null;
        }
    }

    public static async Task<TicketRoomClient> Open(WebAppFixture app, Guid incidentId, string? apiKey = null)
    {
        var client = new TicketRoomClient(await app.ConnectHub(apiKey), incidentId);
        await client.Subscribe(0);
        return client;
    }

    /// <summary>Opens a room on a connection of any host.</summary>
    public static async Task<TicketRoomClient> Open(HubConnection connection, Guid incidentId)
    {
        var client = new TicketRoomClient(connection, incidentId);
        await client.Subscribe(0);
        return client;
    }

    /// <summary>
    /// Carries on on another connection (another web host, after this one died), resuming from the last sequence held:
    /// what a page does when its host goes away. The old connection is disposed.
    /// </summary>
    public async Task<TicketRoomMessage> MoveTo(HubConnection connection)
    {
        await Pause();
        var old = Connection;
        Connection = connection;
        await old.DisposeAsync();
        return await Resume();
    }

    /// <summary>Ends the stream (as a dropped page would) without leaving the connection.</summary>
    public async Task Pause()
    {
        await _stop.CancelAsync();
        await Ended();
    }

    /// <summary>Subscribes again from the last sequence this client holds; returns the stream's first message.</summary>
    public Task<TicketRoomMessage> Resume() => Subscribe(LastSequence);

    public Task Report(PresenceActivity activity, string? field = null) =>
        Connection.InvokeAsync("ReportPresence", _incidentId, activity.ToString(), field);

    public async Task<T> WaitFor<T>(Func<TicketRoomClient, T?> probe, TimeSpan timeout, string what)
        where T : class
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            if (probe(this) is { } found)
            {
                return found;
            }

            try
            {
                await _changed.Reader.ReadAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"{what} did not reach the room client within {timeout}.");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Connection.DisposeAsync();
        await Ended();
        _stop.Dispose();
    }

    private async Task<TicketRoomMessage> Subscribe(int afterSequence)
    {
        _stop = new CancellationTokenSource();
        var stream = await Connection.StreamAsChannelAsync<TicketRoomMessage>("SubscribeTicket", _incidentId, afterSequence, _stop.Token);
        var first = await stream.ReadAsync(_stop.Token);
        Apply(first);
        _reading = Read(stream, _stop.Token);
        return first;
    }

    private async Task Read(ChannelReader<TicketRoomMessage> stream, CancellationToken cancellationToken)
    {
        await foreach (var message in stream.ReadAllAsync(cancellationToken))
        {
            Apply(message);
        }
    }

    private void Apply(TicketRoomMessage message)
    {
        var now = DateTimeOffset.UtcNow;
        lock (_gate)
        {
            Messages++;
            if (message.Complete)
            {
                _timeline.Clear();
            }

            foreach (var item in message.Timeline)
            {
                if (!_timeline.TryAdd(item.Entry.Sequence, item))
                {
                    Duplicates++;
                }

                _arrivedAt.TryAdd(item.Entry.Sequence, now);
            }

            if (message.Incident is { } incident && (Incident is null || incident.Version >= Incident.Version))
            {
                Incident = incident;
            }

            if (message.Viewers is { } viewers)
            {
                _viewers = viewers;
                _viewersAt = now;
            }
        }

        _changed.Writer.TryWrite(true);
    }

    private async Task Ended()
    {
        try
        {
            await _reading;
        }
        catch (Exception exception) when (exception is OperationCanceledException or Microsoft.AspNetCore.SignalR.HubException
            or IOException or System.Net.WebSockets.WebSocketException or InvalidOperationException)
        {
            // The stream ends with the subscription, or with the connection when its host went away.
        }
    }
}
