using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace ItsmOrleans.Web.Tests.Infrastructure;

/// <summary>
/// A chat tool's endpoint: answers 500 to its first deliveries, then 200, and remembers every request. One that
/// redirects answers every request with a 307 (which keeps the method and body) instead.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();
    private int _failuresLeft;

    private WebhookReceiver(int failFirst, string? redirectTo, string address, int port)
    {
        _failuresLeft = failFirst;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://{address}:{port}");
        _app = builder.Build();
        _app.MapPost("/hook", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            var status = redirectTo is not null ? 307 : Interlocked.Decrement(ref _failuresLeft) >= 0 ? 500 : 200;
            if (redirectTo is not null)
            {
                http.Response.Headers.Location = redirectTo;
            }

            _received.Enqueue(new ReceivedWebhook(http.Request.Headers["X-Itsm-Event"].ToString(), http.Request.Headers["X-Itsm-Delivery"].ToString(),
                http.Request.Headers["X-Itsm-Timestamp"].ToString(), http.Request.Headers["X-Itsm-Signature"].ToString(), body, status));
            return Results.StatusCode(status);
        });
        Url = $"http://{address}:{port}/hook";
    }

    public string Url { get; }

    /// <summary>Every request so far, the first first.</summary>
    public IReadOnlyList<ReceivedWebhook> Received => [.. _received];

    /// <param name="address">The loopback address it listens on: 127.0.0.1, or another of 127.0.0.0/8.</param>
    public static Task<WebhookReceiver> Start(int failFirst, string address = "127.0.0.1") => Start(new WebhookReceiver(failFirst, null, address, FreePort.Get()));

    public static Task<WebhookReceiver> StartRedirecting(string location) => Start(new WebhookReceiver(0, location, "127.0.0.1", FreePort.Get()));

    private static async Task<WebhookReceiver> Start(WebhookReceiver receiver)
    {
        await receiver._app.StartAsync();
        return receiver;
    }

    public async Task<IReadOnlyList<ReceivedWebhook>> WaitFor(Func<IReadOnlyList<ReceivedWebhook>, bool> done, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (!done([.. _received]))
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"The receiver got {_received.Count} requests, not what was expected, within {timeout}.");
            }

            await Task.Delay(50);
        }

        return [.. _received];
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

public sealed record ReceivedWebhook(string Event, string Delivery, string Timestamp, string Signature, string Body, int Status);
