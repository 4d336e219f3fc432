using Xunit.Abstractions;

namespace ItsmOrleans.Web.Tests.Cluster;

/// <summary>
/// Kill -9 one of two silos while incidents are raised and changed and alert events arrive: every request that got a
/// success answer is in PostgreSQL afterwards (the client's ledger against the database), no ticket number is given
/// twice, and no acknowledged update is lost.
/// </summary>
[Collection(ClusterTests.Name)]
[Trait("Category", "Cluster")]
public class SiloCrashTests(ITestOutputHelper output)
{
    private const int Workers = 6;

    [Fact]
    public async Task Everything_acknowledged_survives_a_kill_9_of_a_silo_under_load_with_no_duplicate_numbers_and_no_lost_update()
    {
        await using var cluster = await LocalCluster.Start(silos: 2, webHosts: 1);
        using var admin = cluster.Client(1);
        var (routingKey, service) = await Integrations.Define(admin, "Edge network");
        var ledger = new ClusterLoad("crash-" + Guid.NewGuid().ToString("N")[..8]);
        await ledger.Prepare(admin);

        using var stop = new CancellationTokenSource();
        var load = Task.WhenAll(Enumerable.Range(0, Workers).Select(w => ledger.Work(cluster.WebUrl(1), cluster.AdminKey, routingKey, new Random(w), stop.Token)));
        await Until(() => ledger.Created >= 40, TimeSpan.FromSeconds(60), "40 incidents acknowledged before the kill");
        var sample = ledger.Sample(20);
        cluster.KillSilo(1);
        var killedAt = DateTimeOffset.UtcNow;
        var acknowledgedAtKill = ledger.Acknowledged;
        var recovered = await AllReachableAgain(admin, sample, killedAt);
        await Task.Delay(TimeSpan.FromSeconds(15));
        await stop.CancelAsync();
        await load;

        var (incidents, updates, alerts) = await ledger.Verify(admin, cluster.ConnectionString, service);
        output.WriteLine(
            $"acknowledged {ledger.Acknowledged} ({acknowledgedAtKill} before the kill), failed {ledger.Failed}; after the crash: {incidents} incidents, "
            + $"{updates} acknowledged updates and {alerts} alert counts checked against PostgreSQL, none missing; all of 20 incidents raised before the kill could be changed again {recovered.TotalSeconds:F1} s after it; "
            + $"the load's longest pause between acknowledgements after the kill: {ledger.LongestPauseAfter(killedAt).TotalSeconds:F1} s");
        output.WriteLine("failed requests (explicit failures are allowed during a crash):" + Environment.NewLine + ledger.Failures);
        Assert.True(ledger.Acknowledged > acknowledgedAtKill, "Nothing was acknowledged after the kill.");
    }

    /// <summary>How long after the kill every incident of the sample (some of them on the killed silo) takes a change again.</summary>
    private static async Task<TimeSpan> AllReachableAgain(HttpClient admin, IReadOnlyList<Guid> sample, DateTimeOffset killedAt)
    {
        var deadline = killedAt.AddSeconds(90);
        while (true)
        {
            var answers = await Task.WhenAll(sample.Select(async id =>
            {
                try
                {
                    using var changed = await admin.PatchAsJsonAsync($"api/incidents/{id}", new { description = "Reachable after the crash" });
                    return changed.IsSuccessStatusCode;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    return false;
                }
            }));
            if (answers.All(ok => ok))
            {
                return DateTimeOffset.UtcNow - killedAt;
            }

            Assert.True(DateTimeOffset.UtcNow < deadline, "Incidents raised before the kill were still unreachable 90 s after it.");
            await Task.Delay(100);
        }
    }

    private static async Task Until(Func<bool> done, TimeSpan timeout, string what) => await Until(() => Task.FromResult(done()), timeout, what);

    private static async Task Until(Func<Task<bool>> done, TimeSpan timeout, string what)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (!await done())
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, $"No {what} within {timeout}.");
            await Task.Delay(200);
        }
    }
}
