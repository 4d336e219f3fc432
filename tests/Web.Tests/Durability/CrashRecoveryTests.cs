using System.Diagnostics;
using Xunit.Abstractions;

namespace ItsmOrleans.Web.Tests.Durability;

/// <summary>
/// Kill -9 the processes that hold the grains and start them again: nothing acknowledged is lost, and an SLA deadline
/// that passed while they were down fires within 60 s of the restart without anyone touching the incident.
/// </summary>
[Trait("Category", "Durability")]
public class CrashRecoveryTests(ITestOutputHelper output)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan RecoveryLimit = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Embedded_mode_on_sqlite_keeps_everything_acknowledged_across_a_kill_9()
    {
        var dataFolder = Path.Combine(Path.GetTempPath(), "itsm-crash-sqlite-" + Guid.NewGuid().ToString("N"));
        var settings = TestSettings.For(dataFolder, FreePort.Get(), FreePort.Get());
        AcknowledgedWork.AddCrashPolicy(settings);
        var work = new AcknowledgedWork();
        try
        {
            await using (var first = AppProcess.Web(settings))
            {
                await first.WaitUntilHealthy(StartTimeout);
                using var http = first.CreateClient();
                await work.Perform(http);
                await first.Kill();
            }

            await WaitUntilDuePassed(work);
            var restart = Stopwatch.StartNew();
            await using var second = AppProcess.Web(settings);
            await AssertRecovered(second, work, restart);
        }
        finally
        {
            Directory.Delete(dataFolder, recursive: true);
        }
    }

    [Fact]
    public async Task A_standalone_silo_on_postgresql_keeps_everything_acknowledged_across_a_kill_9_while_the_web_client_stays_up()
    {
        await using var postgres = await PostgresServer.StartNewAsync();
        var settings = PostgresSilo.Settings(postgres);
        AcknowledgedWork.AddCrashPolicy(settings);
        await PostgresSilo.Migrate(settings, StartTimeout);

        var work = new AcknowledgedWork();
        var silo = AppProcess.Silo(settings);
        await using var web = AppProcess.Web(new Dictionary<string, string?>(settings) { ["Orleans:Mode"] = "Client" });
        try
        {
            await silo.WaitUntilHealthy(StartTimeout);
            await web.WaitUntilHealthy(StartTimeout);
            using (var http = web.CreateClient())
            {
                await work.Perform(http);
            }

            await silo.Kill();
            await silo.DisposeAsync();
            await WaitUntilDuePassed(work);
            var restart = Stopwatch.StartNew();
            silo = AppProcess.Silo(settings);
            await silo.WaitUntilHealthy(StartTimeout);
            await AssertRecovered(web, work, restart);
        }
        finally
        {
            await silo.DisposeAsync();
        }
    }

    private static async Task WaitUntilDuePassed(AcknowledgedWork work)
    {
        var wait = work.DueWhileDown.Sla.Resolution.DueAt!.Value - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(1);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }
    }

    private async Task AssertRecovered(AppProcess app, AcknowledgedWork work, Stopwatch sinceRestart)
    {
        await app.WaitUntilHealthy(StartTimeout);
        var ready = sinceRestart.Elapsed;
        using var http = app.CreateClient();

        // Nobody touches the overdue incident: only the list is read until its breach shows.
        await work.WaitForBreachOfDueWhileDown(http, RecoveryLimit);
        var fired = sinceRestart.Elapsed;
        output.WriteLine($"ready {ready.TotalSeconds:F1} s after the restart; the overdue breach fired {fired.TotalSeconds:F1} s after it");
        Assert.True(fired <= RecoveryLimit, $"The breach fired {fired} after the restart.");

        await work.VerifyIntact(http);
        await work.VerifyBreachRecordedOnce(http);
    }
}
