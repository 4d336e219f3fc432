using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;

namespace ItsmOrleans.Web.Tests.Infrastructure;

/// <summary>A ticket room stream read as the raw JSON frames a page receives, to check what is on the wire.</summary>
public sealed class TicketRoomFrames : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly List<JsonElement> _frames = [];
    private readonly Channel<bool> _changed = Channel.CreateUnbounded<bool>();
    private readonly HubConnection _connection;
    private readonly CancellationTokenSource _stop = new();
    private Task _reading = Task.CompletedTask;

    private TicketRoomFrames(HubConnection connection) => _connection = connection;

    public IReadOnlyList<JsonElement> Frames
    {
        get
        {
            lock (_gate)
            {
                return [.. _frames];
            }
        }
    }

    /// <summary>Every frame as it came, one a line.</summary>
    public string Text => string.Join(Environment.NewLine, Frames.Select(f => f.GetRawText()));

    public static async Task<TicketRoomFrames> Open(WebAppFixture app, string? apiKey, Guid incidentId)
    {
        var frames = new TicketRoomFrames(await app.ConnectHub(apiKey));
        var stream = await frames._connection.StreamAsChannelAsync<JsonElement>("SubscribeTicket", incidentId, 0, frames._stop.Token);
        frames.Add(await stream.ReadAsync(frames._stop.Token));
        frames._reading = frames.Read(stream);
        return frames;
    }

    /// <summary>The first frame <paramref name="matches"/> accepts, once it arrived.</summary>
    public async Task<JsonElement> WaitFor(Func<JsonElement, bool> matches, TimeSpan timeout, string what)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            if (Frames.Where(matches).Select(f => (JsonElement?)f).FirstOrDefault() is { } found)
            {
                return found;
            }

            try
            {
                await _changed.Reader.ReadAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"{what} did not reach the raw room stream within {timeout}.");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _connection.DisposeAsync();
        try
        {
            await _reading;
        }
        catch (Exception exception) when (exception is OperationCanceledException or Microsoft.AspNetCore.SignalR.HubException or InvalidOperationException)
        {
            // The stream ends with the connection.
        }

        _stop.Dispose();
    }

    private async Task Read(ChannelReader<JsonElement> stream)
    {
        await foreach (var frame in stream.ReadAllAsync(_stop.Token))
        {
            Add(frame);
        }
    }

    private void Add(JsonElement frame)
    {
        lock (_gate)
        {
            _frames.Add(frame.Clone());
        }

        _changed.Writer.TryWrite(true);
    }
}
