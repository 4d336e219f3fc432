using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace ItsmOrleans.Web.Tests.Infrastructure;

/// <summary>
/// A cluster started by deploy/cluster.sh, as an operator would: PostgreSQL, N silos and M web hosts on loopback.
/// Tests kill, stop and restart its processes through the script and the pids it records.
/// </summary>
public sealed class LocalCluster : IAsyncDisposable
{
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromMinutes(3);

    /// <summary>
    /// Failure detection fast enough for a test to watch a dead silo leave the cluster within seconds, and rate limits
    /// a test's checks do not reach (they are tested with a host of their own).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> TestEnvironment = new Dictionary<string, string>
    {
        ["RateLimits__PerApiKey__PermitsPerSecond"] = "100000",
        ["RateLimits__PerApiKey__Burst"] = "100000",
        ["Orleans__Membership__ProbeTimeout"] = "00:00:01",
        ["Orleans__Membership__NumMissedProbesLimit"] = "2",
        ["Orleans__Membership__NumVotesForDeathDeclaration"] = "1",
        ["Logging__LogLevel__Default"] = "Warning",
    };

    private readonly IReadOnlyDictionary<string, string> _environment;
    private Dictionary<string, string> _settings = [];

    private LocalCluster(string folder, IReadOnlyDictionary<string, string> environment)
    {
        Folder = folder;
        _environment = environment;
    }

    public string Folder { get; }

    public string AdminKey => _settings["ADMIN_KEY"];

    public string ConnectionString => _settings["CONNECTION"];

    /// <param name="settings">Configuration beyond <see cref="TestEnvironment"/>, as "Section:Key" settings.</param>
    public static async Task<LocalCluster> Start(int silos, int webHosts, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "itsm-cluster-" + Guid.NewGuid().ToString("N")[..10]);
        var environment = new Dictionary<string, string>(TestEnvironment);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value ?? "";
        }

        var cluster = new LocalCluster(folder, environment);
        try
        {
            await cluster.Script("start", "--silos", silos.ToString(System.Globalization.CultureInfo.InvariantCulture), "--web", webHosts.ToString(System.Globalization.CultureInfo.InvariantCulture));
            using var admin = cluster.Client(1);
            await TestCast.Create(admin);
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }

        return cluster;
    }

    public Uri WebUrl(int host) => new(_settings[$"WEB_{host}_URL"] + "/");

    public Uri SiloUrl(int silo) => new(_settings[$"SILO_{silo}_URL"] + "/");

    /// <summary>An HTTP client to web host <paramref name="host"/>, signed in with the cluster's admin key.</summary>
    public HttpClient Client(int host)
    {
        var http = new HttpClient { BaseAddress = WebUrl(host), Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
        return http;
    }

    /// <summary>A SignalR client on web host <paramref name="host"/>, speaking the hub's JSON conventions, with the admin key.</summary>
    public async Task<HubConnection> ConnectHub(int host)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(WebUrl(host), "hubs/operations"), o => o.Headers["X-Api-Key"] = AdminKey)
            .AddJsonProtocol(o => WireJson.Configure(o.PayloadSerializerOptions))
            .Build();
        await connection.StartAsync();
        return connection;
    }

    /// <summary>SIGKILL: the silo dies at once, as in a crash or power cut.</summary>
    public void KillSilo(int silo) => Kill($"SILO_{silo}_PID");

    public void KillWeb(int host) => Kill($"WEB_{host}_PID");

    public Task StartSilo(int silo) => Script("start-silo", silo.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public Task StartWeb(int host) => Script("start-web", host.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>SIGTERM: the silo shuts down gracefully.</summary>
    public Task StopSilo(int silo) => Script("stop-silo", silo.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public Task StopPostgres() => Script("stop-postgres");

    public Task StartPostgres() => Script("start-postgres");

    /// <summary>What a host printed, for failure messages.</summary>
    public string Log(string host) => File.Exists(Path.Combine(Folder, host + ".log")) ? File.ReadAllText(Path.Combine(Folder, host + ".log")) : "";

    public async ValueTask DisposeAsync()
    {
        if (Directory.Exists(Folder))
        {
            await Script("stop");
        }
    }

    private void Kill(string pidKey)
    {
        using var process = Process.GetProcessById(int.Parse(_settings[pidKey], System.Globalization.CultureInfo.InvariantCulture));
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    private async Task Script(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(RepositoryPaths.Combine("deploy", "cluster.sh"));
        start.ArgumentList.Add(command);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add("--folder");
        start.ArgumentList.Add(Folder);
        start.ArgumentList.Add("--configuration");
        start.ArgumentList.Add(new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name);
        foreach (var (key, value) in _environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(ScriptTimeout);
        await process.WaitForExitAsync(limit.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"deploy/cluster.sh {command} failed ({process.ExitCode}):\n{await output}\n{await errors}");
        }

        var envFile = Path.Combine(Folder, "cluster.env");
        if (File.Exists(envFile))
        {
            // Later lines win: a restarted host records its new pid below the old one.
            _settings = File.ReadAllLines(envFile).Where(l => l.Contains('=', StringComparison.Ordinal))
                .Select(l => l.Split('=', 2)).GroupBy(p => p[0]).ToDictionary(g => g.Key, g => g.Last()[1]);
        }
    }
}
