using System.Collections.Concurrent;
using Xunit.Abstractions;

namespace ItsmOrleans.Web.Tests.Durability;

/// <summary>
/// An alert event answered 202 is never lost: kill -9 the silo in the middle of an alert storm, start it again, and
/// every acknowledged event is counted on its alert (the client's ledger against the stored alerts).
/// </summary>
[Trait("Category", "Durability")]
public class AlertStormCrashTests(ITestOutputHelper output)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private const int Senders = 6;
    private const int DedupKeys = 40;

    [Fact]
    public async Task Every_alert_event_answered_202_survives_a_kill_9_of_the_silo_mid_storm()
    {
        await using var postgres = await PostgresServer.StartNewAsync();
        var settings = PostgresSilo.Settings(postgres);
        await PostgresSilo.Migrate(settings, StartTimeout);

        var silo = AppProcess.Silo(settings);
        await using var web = AppProcess.Web(new Dictionary<string, string?>(settings) { ["Orleans:Mode"] = "Client" });
        try
        {
            await silo.WaitUntilHealthy(StartTimeout);
            await web.WaitUntilHealthy(StartTimeout);
            using var admin = web.CreateClient();
            var (routingKey, service) = await Integrations.Define(admin, "Edge network");

            var ledger = new Ledger();
            using var stop = new CancellationTokenSource();
            var storm = Task.WhenAll(Enumerable.Range(0, Senders).Select(sender => Send(web.BaseAddress, routingKey, sender, ledger, stop.Token)));
            await ledger.WaitForAcknowledged(200, TimeSpan.FromSeconds(60));
            await silo.Kill();
            var acknowledgedAtKill = ledger.Acknowledged;
            await Task.Delay(TimeSpan.FromSeconds(1));
            await stop.CancelAsync();
            await storm;
            await silo.DisposeAsync();

            silo = AppProcess.Silo(settings);
            await silo.WaitUntilHealthy(StartTimeout);
            await web.WaitUntilHealthy(StartTimeout);

            var (keys, counted) = (0, 0L);
            foreach (var (dedupKey, acknowledged) in ledger.AcknowledgedByKey)
            {
                var alert = await AlertLookup.Find(admin, service, dedupKey);
                var count = alert.GetProperty("count").GetInt32();
                Assert.True(count >= acknowledged, $"{dedupKey}: {acknowledged} events were answered 202 but the alert counts {count}.");
                Assert.True(count <= ledger.SentFor(dedupKey), $"{dedupKey}: counts {count}, more than the {ledger.SentFor(dedupKey)} sent.");
                (keys, counted) = (keys + 1, counted + count);
            }

            output.WriteLine(
                $"sent {ledger.Sent}, answered 202 {ledger.Acknowledged} ({acknowledgedAtKill} before the kill), failed {ledger.Failed}; "
                + $"{keys} alerts hold {counted} counted events after the restart");
            Assert.True(ledger.Failed > 0, "No event failed while the silo was down: the kill came too late to prove anything.");
        }
        finally
        {
            await silo.DisposeAsync();
        }
    }

    /// <summary>One sender: triggers of the shared dedup keys one after another until told to stop.</summary>
    private static async Task Send(Uri hub, string routingKey, int sender, Ledger ledger, CancellationToken stop)
    {
        using var monitor = new HttpClient { BaseAddress = hub, Timeout = TimeSpan.FromSeconds(10) };
        var random = new Random(sender);
        while (!stop.IsCancellationRequested)
        {
            var dedupKey = $"host-{random.Next(DedupKeys)}";
            ledger.Sending(dedupKey);
            try
            {
                using var answer = await monitor.PostAsJsonAsync("v2/enqueue", new
                {
                    routing_key = routingKey,
                    event_action = "trigger",
                    dedup_key = dedupKey,
                    payload = new { summary = $"{dedupKey} unreachable", source = dedupKey, severity = "error", group = "storm" },
                }, CancellationToken.None);
                if (answer.StatusCode == HttpStatusCode.Accepted)
                {
                    ledger.Acknowledge(dedupKey);
                }
                else
                {
                    ledger.Fail();
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                ledger.Fail();
            }
        }
    }

    /// <summary>What the monitoring side sent and what the hub acknowledged, per dedup key.</summary>
    private sealed class Ledger
    {
        private readonly ConcurrentDictionary<string, int> _sent = new();
        private readonly ConcurrentDictionary<string, int> _acknowledged = new();
        private int _failed;
        private int _acknowledgedTotal;

        public int Sent => _sent.Values.Sum();

        public int Acknowledged => Volatile.Read(ref _acknowledgedTotal);

        public int Failed => Volatile.Read(ref _failed);

        public IEnumerable<KeyValuePair<string, int>> AcknowledgedByKey => _acknowledged;

        public int SentFor(string dedupKey) => _sent.GetValueOrDefault(dedupKey);

        public void Sending(string dedupKey) => _sent.AddOrUpdate(dedupKey, 1, (_, n) => n + 1);

        public void Acknowledge(string dedupKey)
        {
            _acknowledged.AddOrUpdate(dedupKey, 1, (_, n) => n + 1);
            Interlocked.Increment(ref _acknowledgedTotal);
        }

        public void Fail() => Interlocked.Increment(ref _failed);

        public async Task WaitForAcknowledged(int count, TimeSpan timeout)
        {
            var deadline = DateTimeOffset.UtcNow + timeout;
            while (Acknowledged < count)
            {
                Assert.True(DateTimeOffset.UtcNow < deadline, $"Only {Acknowledged} events were acknowledged in {timeout}.");
                await Task.Delay(20);
            }
        }
    }
}
