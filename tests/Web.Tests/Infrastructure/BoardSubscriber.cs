using System.Threading.Channels;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Web.Boards;
using Microsoft.AspNetCore.SignalR.Client;

namespace ItsmOrleans.Web.Tests.Infrastructure;

/// <summary>A board subscription over a real SignalR connection, recording each message and when it arrived.</summary>
public sealed class BoardSubscriber : IAsyncDisposable
{
    private readonly List<(DateTimeOffset At, BoardMessage Message)> _received = [];
    private readonly Channel<bool> _arrived = Channel.CreateUnbounded<bool>();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _reading;

    private BoardSubscriber(HubConnection connection, BoardScope scope)
    {
        Connection = connection;
        _reading = Read(scope);
    }

    public HubConnection Connection { get; }

    public IReadOnlyList<(DateTimeOffset At, BoardMessage Message)> Received
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    public static async Task<BoardSubscriber> Open(WebAppFixture app, BoardScope scope) => await Open(await app.ConnectHub(), scope);

    /// <summary>Subscribes on an open connection and waits for the first snapshot.</summary>
    public static async Task<BoardSubscriber> Open(HubConnection connection, BoardScope scope)
    {
        var stream = new BoardSubscriber(connection, scope);
        await stream.WaitFor(m => m.Kind == BoardMessageKind.Snapshot, TimeSpan.FromSeconds(20));
        return stream;
    }

    /// <summary>Waits for a message satisfying <paramref name="match"/> and returns it with its arrival time.</summary>
    public async Task<(DateTimeOffset At, BoardMessage Message)> WaitFor(Func<BoardMessage, bool> match, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            if (Received.FirstOrDefault(r => match(r.Message)) is { Message: not null } found)
            {
                return found;
            }

            try
            {
                await _arrived.Reader.ReadAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No matching board message within {timeout}; received {Received.Count}.");
            }
        }
    }

    public Task<(DateTimeOffset At, BoardMessage Message)> WaitForRow(Func<IncidentSummary, bool> match, TimeSpan timeout) =>
        WaitFor(m => m.Incidents.Any(match), timeout);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Connection.DisposeAsync();
        try
        {
            await _reading;
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException or System.Net.WebSockets.WebSocketException)
        {
            // The stream ends with the connection, or ended when its host went away.
        }

        _stop.Dispose();
    }

    private async Task Read(BoardScope scope)
    {
        var messages = await Connection.StreamAsChannelAsync<BoardMessage>("SubscribeBoard", scope, _stop.Token);
        await foreach (var message in messages.ReadAllAsync(_stop.Token))
        {
            lock (_received)
            {
                _received.Add((DateTimeOffset.UtcNow, message));
            }

            _arrived.Writer.TryWrite(true);
        }
    }
}
