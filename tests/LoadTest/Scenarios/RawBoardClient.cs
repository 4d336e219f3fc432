using System.Buffers;
using System.Net.WebSockets;
using System.Text;

namespace ItsmOrleans.LoadTest.Scenarios;

/// <summary>
/// A board client that speaks the SignalR JSON hub protocol over a bare WebSocket and reads each frame only for its
/// kind and its rows' updatedAt, without building the rows: a thousand of them cost the tool little next to the hub
/// it measures (the full .NET SignalR client materialises every message).
/// </summary>
public sealed class RawBoardClient : IAsyncDisposable
{
    private const byte RecordSeparator = 0x1e;
    private const int StreamItem = 2;
    private const int Completion = 3;
    private const int Close = 7;
    private static readonly TimeSpan PingInterval = TimeSpan.FromSeconds(10);
    private static readonly byte[] PingRecord = Record("""{"type":6}""");

    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sending = new(1, 1);

    private RawBoardClient()
    {
    }

    /// <summary>A frame's kind and the updatedAt of every row it carries (whole or patched).</summary>
    public readonly record struct Frame(bool Snapshot, IReadOnlyList<DateTimeOffset> RowsUpdatedAt);

    /// <summary>Connects, completes the protocol handshake and opens a board stream on the scope given as JSON.</summary>
    public static async Task<RawBoardClient> Subscribe(Uri hubUrl, string apiKey, string scopeJson, CancellationToken cancellationToken)
    {
        var client = new RawBoardClient();
        client._socket.Options.SetRequestHeader("X-Api-Key", apiKey);
        var url = new UriBuilder(hubUrl) { Scheme = hubUrl.Scheme == "https" ? "wss" : "ws" }.Uri;
        await client._socket.ConnectAsync(url, cancellationToken);
        await client.Send(Record("""{"protocol":"json","version":1}"""), cancellationToken);
        await client.Send(Record($$"""{"type":4,"invocationId":"0","target":"SubscribeBoard","arguments":[{{scopeJson}}],"streamIds":[]}"""), cancellationToken);
        return client;
    }

    /// <summary>Reads frames until the stream ends or <paramref name="cancellationToken"/> fires; keeps the connection alive meanwhile.</summary>
    public async Task Read(Action<Frame> onFrame, CancellationToken cancellationToken)
    {
        using var stopPinging = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pinging = KeepAlive(stopPinging.Token);
        try
        {
            var buffer = new ArrayBufferWriter<byte>(64 * 1024);
            var handshakeDone = false;
            while (!cancellationToken.IsCancellationRequested)
            {
                var result = await _socket.ReceiveAsync(buffer.GetMemory(16 * 1024), cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                buffer.Advance(result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                var records = buffer.WrittenMemory;
                int end;
                while ((end = records.Span.IndexOf(RecordSeparator)) >= 0)
                {
                    var record = records[..end];
                    records = records[(end + 1)..];
                    if (!handshakeDone)
                    {
                        handshakeDone = true;
                        ThrowIfRefused(record.Span);
                        continue;
                    }

                    if (!Handle(record.Span, onFrame))
                    {
                        return;
                    }
                }

                // SignalR sends whole records per WebSocket message; anything left over is carried to the next one.
                var rest = records.ToArray();
                buffer.Clear();
                buffer.Write(rest);
            }
        }
        finally
        {
            await stopPinging.CancelAsync();
            await pinging.ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
            {
                // The hub may already be gone.
            }
        }

        _socket.Dispose();
        _sending.Dispose();
    }

    /// <summary>Reports a stream item; false when the stream or the connection ended.</summary>
    private static bool Handle(ReadOnlySpan<byte> record, Action<Frame> onFrame)
    {
        var reader = new Utf8JsonReader(record);
        var type = 0;
        var snapshot = false;
        var stamps = new List<DateTimeOffset>();
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }

            // Depth 1: the hub message; 2: the board message; 4: a row of its incidents or changed arrays.
            if (reader.CurrentDepth == 1 && reader.ValueTextEquals("type"u8))
            {
                reader.Read();
                type = reader.GetInt32();
            }
            else if (reader.CurrentDepth == 2 && reader.ValueTextEquals("kind"u8))
            {
                reader.Read();
                snapshot = reader.ValueTextEquals("snapshot"u8);
            }
            else if (reader.CurrentDepth == 4 && reader.ValueTextEquals("updatedAt"u8))
            {
                reader.Read();
                stamps.Add(reader.GetDateTimeOffset());
            }
        }

        switch (type)
        {
            case StreamItem:
                onFrame(new Frame(snapshot, stamps));
                return true;
            case Completion:
            case Close:
                return false;
            default:
                return true;
        }
    }

    private static void ThrowIfRefused(ReadOnlySpan<byte> handshake)
    {
        if (handshake.IndexOf("\"error\""u8) >= 0)
        {
            throw new InvalidOperationException("The hub refused the handshake: " + Encoding.UTF8.GetString(handshake));
        }
    }

    private async Task KeepAlive(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(PingInterval);
        while (await timer.WaitForNextTickAsync(cancellationToken))
        {
            await Send(PingRecord, cancellationToken);
        }
    }

    private async Task Send(byte[] record, CancellationToken cancellationToken)
    {
        await _sending.WaitAsync(cancellationToken);
        try
        {
            await _socket.SendAsync(record, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sending.Release();
        }
    }

    private static byte[] Record(string json) => [.. Encoding.UTF8.GetBytes(json), RecordSeparator];
}
