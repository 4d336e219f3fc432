using System.Diagnostics;
using ItsmOrleans.Web.Boards;
using ItsmOrleans.Web.Tests.Durability;
using Xunit.Abstractions;

namespace ItsmOrleans.Web.Tests.Cluster;

/// <summary>
/// A power cut for the silos: kill -9 every one of them, let an SLA deadline pass while they are down, start them again.
/// Everything acknowledged is there, the overdue breach fires within 60 s of the restart without anyone touching the
/// incident, and a board that stayed connected to the web host resynchronises by itself and shows it.
/// </summary>
[Collection(ClusterTests.Name)]
[Trait("Category", "Cluster")]
public class PowerCutTests(ITestOutputHelper output)
{
    private static readonly TimeSpan RecoveryLimit = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task After_every_silo_is_killed_overdue_sla_clocks_fire_within_a_minute_of_the_restart_and_boards_resynchronise()
    {
        var settings = new Dictionary<string, string?>();
        AcknowledgedWork.AddCrashPolicy(settings);
        await using var cluster = await LocalCluster.Start(silos: 2, webHosts: 1, settings);
        using var http = cluster.Client(1);
        var work = new AcknowledgedWork();
        await work.Perform(http);
        await using var board = await BoardSubscriber.Open(await cluster.ConnectHub(1), BoardScope.All);

        cluster.KillSilo(1);
        cluster.KillSilo(2);
        var wait = work.DueWhileDown.Sla.Resolution.DueAt!.Value - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(1);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }

        var restart = Stopwatch.StartNew();
        await Task.WhenAll(cluster.StartSilo(1), cluster.StartSilo(2));
        var ready = restart.Elapsed;
        await work.WaitForBreachOfDueWhileDown(http, RecoveryLimit);
        var fired = restart.Elapsed;
        var (at, _) = await board.WaitForRow(r => r.Id == work.DueWhileDown.Id && r.Resolution.Breached, RecoveryLimit);
        output.WriteLine($"both silos healthy {ready.TotalSeconds:F1} s after the restart; the overdue breach fired after {fired.TotalSeconds:F1} s "
            + $"and reached the board that stayed connected at {(at - DateTimeOffset.UtcNow + restart.Elapsed).TotalSeconds:F1} s");
        Assert.True(fired <= RecoveryLimit, $"The breach fired {fired} after the restart.");

        await work.VerifyIntact(http);
        await work.VerifyBreachRecordedOnce(http);
        Assert.Contains(board.Received, r => r.Message.Kind == BoardMessageKind.Snapshot && r.At > DateTimeOffset.UtcNow - restart.Elapsed);
    }
}
