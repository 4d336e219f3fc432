using System.Threading.Channels;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Web.Boards;
using Microsoft.AspNetCore.SignalR.Client;

namespace ItsmOrleans.Web.Tests.Infrastructure;

/// <summary>
/// A board subscription over a real SignalR connection, recording each message and when it arrived, and keeping the
/// board as a client would (patches merged into the rows it holds) to tell which rows each message brought.
/// </summary>
public sealed class BoardSubscriber : IAsyncDisposable
{
    private readonly List<(DateTimeOffset At, BoardMessage Message, IReadOnlyList<IncidentSummary> Rows)> _received = [];
    private readonly Dictionary<Guid, IncidentSummary> _board = [];
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
                return [.. _received.Select(r => (r.At, r.Message))];
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
    public Task<(DateTimeOffset At, BoardMessage Message)> WaitFor(Func<BoardMessage, bool> match, TimeSpan timeout) =>
        WaitFor((message, _) => match(message), timeout);

    /// <summary>Waits for a message that brought a row (whole or patched) satisfying <paramref name="match"/>.</summary>
    public Task<(DateTimeOffset At, BoardMessage Message)> WaitForRow(Func<IncidentSummary, bool> match, TimeSpan timeout) =>
        WaitFor((_, rows) => rows.Any(match), timeout);

    /// <summary>Whether any message so far brought a row satisfying <paramref name="match"/>.</summary>
    public bool Brought(Func<IncidentSummary, bool> match)
    {
        lock (_received)
        {
            return _received.Any(r => r.Rows.Any(match));
        }
    }

    private async Task<(DateTimeOffset At, BoardMessage Message)> WaitFor(Func<BoardMessage, IReadOnlyList<IncidentSummary>, bool> match, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            lock (_received)
            {
                if (_received.FirstOrDefault(r => match(r.Message, r.Rows)) is { Message: not null } found)
                {
                    return (found.At, found.Message);
                }
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
                _received.Add((DateTimeOffset.UtcNow, message, Keep(message)));
            }

            _arrived.Writer.TryWrite(true);
        }
    }

    private List<IncidentSummary> Keep(BoardMessage message)
    {
        if (message.Kind == BoardMessageKind.Snapshot)
        {
            _board.Clear();
        }

        var rows = message.Incidents.ToList();
        rows.AddRange(message.Changed.Select(patch =>
        {
            var id = patch["id"]!.GetValue<Guid>();
            var shown = _board.GetValueOrDefault(id) ?? throw new InvalidOperationException($"A patch for {id}, which the board does not show.");
            return PatchedRow.Apply(shown, patch);
        }));
        foreach (var row in rows)
        {
            _board[row.Id] = row;
        }

        foreach (var id in message.Removed)
        {
            _board.Remove(id);
        }

        return rows;
    }
}
