using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace ItsmOrleans.Web.Tests.Infrastructure;

/// <summary>
/// An OpenTelemetry collector's OTLP/HTTP endpoint on loopback (POST /v1/traces, /v1/metrics): answers 200 and keeps
/// each export's protobuf body, in which the resource's service name travels as plain UTF-8.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Signal, byte[] Body)> _exports = new();

    private OtlpReceiver(int port)
    {
        Url = $"http://127.0.0.1:{port}";
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(Url);
        _app = builder.Build();
        _app.MapPost("/v1/{signal}", async (string signal, HttpContext http) =>
        {
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body);
            _exports.Enqueue((signal, body.ToArray()));
            http.Response.ContentType = "application/x-protobuf";
            return Results.Bytes([], "application/x-protobuf");
        });
    }

    public string Url { get; }

    public static async Task<OtlpReceiver> Start()
    {
        var receiver = new OtlpReceiver(FreePort.Get());
        await receiver._app.StartAsync();
        return receiver;
    }

    /// <summary>Whether a <paramref name="signal"/> export ("traces", "metrics") from <paramref name="serviceName"/> arrived.</summary>
    public bool Received(string signal, string serviceName)
    {
        var name = Encoding.UTF8.GetBytes(serviceName);
        return _exports.Any(e => e.Signal == signal && e.Body.AsSpan().IndexOf(name) >= 0);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
