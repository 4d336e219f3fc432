using ItsmOrleans.LoadTest.Runs;
using Microsoft.AspNetCore.SignalR;

namespace ItsmOrleans.LoadTest.Scenarios;

/// <summary>
/// Live clients on the hub's streams, each its own SignalR connection, timing every change they receive from the
/// timestamp inside it (an incident row's updatedAt, an alert's lastSeen, a timeline entry's at). Snapshots are not
/// timed: only changes pushed while watching. The tool and the hub share one clock when they share a machine.
/// </summary>
public sealed class LiveWatchers : IAsyncDisposable
{
    private readonly List<HubConnection> _connections = [];
    private readonly List<RawBoardClient> _boards = [];
    private readonly List<Task> _readers = [];
    private readonly CancellationTokenSource _stop = new();

    public int Count => _connections.Count + _boards.Count;

    /// <summary>Board clients watching one assignment group's incidents, each a bare WebSocket (<see cref="RawBoardClient"/>).</summary>
    public async Task WatchBoards(RunContext context, int clients, string group)
    {
        var scope = JsonSerializer.Serialize(new { kind = "group", value = group });
        for (var i = 0; i < clients; i++)
        {
            var board = await RawBoardClient.Subscribe(new Uri(context.Options.Url, "hubs/operations"), context.Options.ApiKey, scope, _stop.Token);
            _boards.Add(board);
            var first = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _readers.Add(Task.Run(() => board.Read(frame =>
            {
                var now = DateTimeOffset.UtcNow;
                var receivedAt = context.Elapsed;
                if (frame.Snapshot)
                {
                    first.TrySetResult();
                    return;
                }

                foreach (var stamp in frame.RowsUpdatedAt)
                {
                    context.Measurements.Pushed("board", receivedAt, now - stamp);
                }
            }, _stop.Token)));
            await first.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
    }

    /// <summary>Alert panels watching one service's alerts.</summary>
    public Task WatchAlerts(RunContext context, int clients, string serviceId) =>
        Watch(context, clients, "alerts", hub => hub.StreamAsync<JsonElement>("SubscribeAlerts", _stop.Token),
            message => message.GetProperty("items").EnumerateArray()
                .Where(a => a.GetProperty("serviceId").GetString() == serviceId)
                .Select(a => a.GetProperty("lastSeen").GetDateTimeOffset()));

    /// <summary>Ticket rooms, spread over the tickets round robin.</summary>
    public async Task WatchRooms(RunContext context, int clients, IReadOnlyList<Guid> tickets)
    {
        for (var i = 0; i < clients; i++)
        {
            var ticket = tickets[i % tickets.Count];
            await Watch(context, 1, "ticket room", hub => hub.StreamAsync<JsonElement>("SubscribeTicket", ticket, 0, _stop.Token),
                message => message.GetProperty("timeline").EnumerateArray().Select(item => item.GetProperty("entry").GetProperty("at").GetDateTimeOffset()));
        }
    }

    private async Task Watch(RunContext context, int clients, string stream, Func<HubConnection, IAsyncEnumerable<JsonElement>> subscribe, Func<JsonElement, IEnumerable<DateTimeOffset>> stamps)
    {
        for (var i = 0; i < clients; i++)
        {
            var hub = await context.ConnectHub(_stop.Token);
            _connections.Add(hub);
            var first = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _readers.Add(Task.Run(async () =>
            {
                await foreach (var message in subscribe(hub))
                {
                    var now = DateTimeOffset.UtcNow;
                    var receivedAt = context.Elapsed;
                    if (message.GetProperty("kind").GetString() == "snapshot")
                    {
                        first.TrySetResult();
                        continue;
                    }

                    foreach (var stamp in stamps(message))
                    {
                        context.Measurements.Pushed(stream, receivedAt, now - stamp);
                    }
                }
            }));
            await first.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        foreach (var reader in _readers)
        {
            try
            {
                await reader;
            }
            catch (Exception exception) when (exception is OperationCanceledException or HubException or IOException or System.Net.WebSockets.WebSocketException)
            {
                // The stream ends with the run.
            }
        }

        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }

        foreach (var board in _boards)
        {
            await board.DisposeAsync();
        }

        _stop.Dispose();
    }
}
