using Xunit.Abstractions;

namespace ItsmOrleans.Web.Tests.Cluster;

/// <summary>
/// Stop one of two silos gracefully (SIGTERM, as an orchestrator does) under load: it drains — its activations move,
/// calls in flight finish — so users see no error, and everything acknowledged is in PostgreSQL.
/// </summary>
[Collection(ClusterTests.Name)]
[Trait("Category", "Cluster")]
public class GracefulShutdownTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_silo_stopped_gracefully_under_load_leaves_without_an_error_visible_to_users()
    {
        await using var cluster = await LocalCluster.Start(silos: 2, webHosts: 1);
        using var admin = cluster.Client(1);
        var (routingKey, service) = await Integrations.Define(admin, "Edge network");
        var load = new ClusterLoad("drain-" + Guid.NewGuid().ToString("N")[..8]);
        await load.Prepare(admin);
        using var stop = new CancellationTokenSource();
        var workers = Task.WhenAll(Enumerable.Range(0, 6).Select(w => load.Work(cluster.WebUrl(1), cluster.AdminKey, routingKey, new Random(w), stop.Token)));
        while (load.Created < 40)
        {
            await Task.Delay(100);
        }

        var before = load.Acknowledged;
        await cluster.StopSilo(1);
        await Task.Delay(TimeSpan.FromSeconds(8));
        await stop.CancelAsync();
        await workers;

        var (incidents, updates, alerts) = await load.Verify(admin, cluster.ConnectionString, service);
        output.WriteLine($"acknowledged {load.Acknowledged} ({before} before the stop), failed {load.Failed}; {incidents} incidents, {updates} updates and {alerts} alert counts checked");
        Assert.True(load.Failed == 0, $"Users saw {load.Failed} failed requests while the silo drained:{Environment.NewLine}{load.Failures}"
            + $"{Environment.NewLine}What the web host said of them:{Environment.NewLine}{Answered503(cluster.Log("web-1"))}");
        Assert.True(load.Acknowledged > before, "Nothing was acknowledged after the stop.");
    }

    /// <summary>The web host's warnings about the 503s it answered, each with the exception that caused it.</summary>
    private static string Answered503(string log)
    {
        var lines = log.Split('\n');
        return string.Join(Environment.NewLine, lines
            .Select((line, i) => (line, i))
            .Where(l => l.line.Contains("Answering 503", StringComparison.Ordinal))
            .SelectMany(l => lines.Skip(l.i).Take(12)));
    }
}
