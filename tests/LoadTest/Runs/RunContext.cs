using System.Net;
using Microsoft.AspNetCore.Http.Connections;

namespace ItsmOrleans.LoadTest.Runs;

/// <summary>What scenarios share in a run: the options, one HTTP client, live-client connections, the clock and the measurements.</summary>
public sealed class RunContext : IDisposable
{
    private long _startedAt = Stopwatch.GetTimestamp();
    private TimeSpan _cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;

    public RunContext(RunOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        Measurements = new Measurements(options.WarmUp);
        Http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Math.Max(16, options.MaxInFlight), PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = options.Url,
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };
        Http.DefaultRequestHeaders.Add("X-Api-Key", options.ApiKey);
        RunId = $"{options.Seed}-{Guid.NewGuid():N}"[..16];
    }

    public RunOptions Options { get; }

    public Measurements Measurements { get; }

    public HttpClient Http { get; }

    /// <summary>Tells this run's records apart from other runs' on the same hub.</summary>
    public string RunId { get; }

    /// <summary>Time since the run's clock started (the run proper starts it again; see <see cref="Restart"/>).</summary>
    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(_startedAt);

    /// <summary>
    /// The share of the machine's CPU this tool used since the run's clock started: when it is high, the tool, not the
    /// hub, may be what limits a figure.
    /// </summary>
    public double ToolCpuShare =>
        (Process.GetCurrentProcess().TotalProcessorTime - _cpuAtStart).TotalSeconds / (Elapsed.TotalSeconds * Environment.ProcessorCount);

    /// <summary>Starts the run's clock: preparation is not part of the run.</summary>
    public void Restart() => (_startedAt, _cpuAtStart) = (Stopwatch.GetTimestamp(), Process.GetCurrentProcess().TotalProcessorTime);

    /// <summary>A SignalR client on the hub, signed in with the run's key.</summary>
    public async Task<HubConnection> ConnectHub(CancellationToken cancellationToken)
    {
        var hub = new HubConnectionBuilder()
            // WebSockets straight away, as the pages do: behind several web hosts no negotiate has to reach the same one.
            .WithUrl(new Uri(Options.Url, "hubs/operations"), HttpTransportType.WebSockets, o =>
            {
                o.SkipNegotiation = true;
                o.Headers["X-Api-Key"] = Options.ApiKey;
            })
            .WithAutomaticReconnect()
            .Build();
        await hub.StartAsync(cancellationToken);
        return hub;
    }

    /// <summary>Sends a request that prepares the run (not measured); fails the run when the hub refuses it.</summary>
    public async Task<T> Prepare<T>(HttpMethod method, string path, object body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        using var response = await Http.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{method} {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return (await response.Content.ReadFromJsonAsync<T>())!;
    }

    /// <summary>Sends an operation's request; the error label is null for a success, else the status or failure.</summary>
    public async Task<string?> Send(HttpMethod method, string path, object? body, CancellationToken cancellationToken, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        try
        {
            using var response = await Http.SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode} {Reason(response.StatusCode)}";
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return "timeout";
        }
        catch (HttpRequestException exception)
        {
            return $"connection: {exception.HttpRequestError}";
        }
    }

    public void Dispose()
    {
        Http.Dispose();
    }

    private static string Reason(HttpStatusCode status) => status switch
    {
        HttpStatusCode.TooManyRequests => "too many requests",
        HttpStatusCode.ServiceUnavailable => "unavailable",
        HttpStatusCode.Conflict => "conflict",
        _ => status.ToString(),
    };
}
