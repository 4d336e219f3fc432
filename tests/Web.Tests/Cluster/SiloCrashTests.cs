using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ItsmOrleans.Web.Tests.Infrastructure;
using Npgsql;
using Xunit.Abstractions;

namespace ItsmOrleans.Web.Tests.Cluster;

/// <summary>
/// Kill -9 one of two silos while incidents are raised and changed and alert events arrive: every request that got a
/// success answer is in PostgreSQL afterwards (the client's ledger against the database), no ticket number is given
/// twice, and no acknowledged update is lost.
/// </summary>
[Trait("Category", "Cluster")]
public class SiloCrashTests(ITestOutputHelper output)
{
    private const int Workers = 6;

    [Fact]
    public async Task Everything_acknowledged_survives_a_kill_9_of_a_silo_under_load_with_no_duplicate_numbers_and_no_lost_update()
    {
        await using var cluster = await LocalCluster.Start(silos: 2, webHosts: 1);
        using var admin = cluster.Client(1);
        var (routingKey, _) = await Integrations.Define(admin, "Edge network");
        var ledger = new Ledger("crash-" + Guid.NewGuid().ToString("N")[..8]);

        using var stop = new CancellationTokenSource();
        var load = Task.WhenAll(Enumerable.Range(0, Workers).Select(w => Work(cluster.WebUrl(1), cluster.AdminKey, routingKey, ledger, new Random(w), stop.Token)));
        await Until(() => ledger.Created >= 40, TimeSpan.FromSeconds(60), "40 incidents acknowledged before the kill");
        var sample = ledger.Sample(20);
        cluster.KillSilo(1);
        var killedAt = DateTimeOffset.UtcNow;
        var acknowledgedAtKill = ledger.Acknowledged;
        var recovered = await AllReachableAgain(admin, sample, killedAt);
        await Task.Delay(TimeSpan.FromSeconds(15));
        await stop.CancelAsync();
        await load;

        var (incidents, updates, alerts) = await ledger.Verify(admin, cluster.ConnectionString, routingKey);
        output.WriteLine(
            $"acknowledged {ledger.Acknowledged} ({acknowledgedAtKill} before the kill), failed {ledger.Failed}; after the crash: {incidents} incidents, "
            + $"{updates} acknowledged updates and {alerts} alert counts checked against PostgreSQL, none missing; all of 20 incidents raised before the kill could be changed again {recovered.TotalSeconds:F1} s after it; "
            + $"the load's longest pause between acknowledgements after the kill: {ledger.LongestPauseAfter(killedAt).TotalSeconds:F1} s");
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

    private static async Task Work(Uri hub, string key, string routingKey, Ledger ledger, Random random, CancellationToken stop)
    {
        using var http = new HttpClient { BaseAddress = hub, Timeout = TimeSpan.FromSeconds(12) };
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        while (!stop.IsCancellationRequested)
        {
            try
            {
                switch (random.Next(3))
                {
                    case 0:
                        var requestId = Guid.NewGuid().ToString("N");
                        using (var request = new HttpRequestMessage(HttpMethod.Post, "api/incidents") { Content = JsonContent.Create(IncidentRequests.NewIncident(title: "Under fire", group: ledger.Group)) })
                        {
                            request.Headers.Add("Idempotency-Key", requestId);
                            using var created = await http.SendAsync(request, CancellationToken.None);
                            ledger.Created201(created.StatusCode == HttpStatusCode.Created ? await created.Content.ReadFromJsonAsync<JsonElement>(CancellationToken.None) : null);
                        }

                        break;
                    case 1 when ledger.AnyIncident(random) is { } id:
                        var title = $"Changed {Guid.NewGuid():N}";
                        using (var changed = await http.PatchAsJsonAsync($"api/incidents/{id}", new { title }, CancellationToken.None))
                        {
                            ledger.Updated(id, title, changed.IsSuccessStatusCode ? await changed.Content.ReadFromJsonAsync<JsonElement>(CancellationToken.None) : null);
                        }

                        break;
                    default:
                        var dedupKey = $"edge-{random.Next(30)}";
                        using (var sent = await http.PostAsJsonAsync("v2/enqueue", new
                        {
                            routing_key = routingKey,
                            event_action = "trigger",
                            dedup_key = dedupKey,
                            payload = new { summary = $"{dedupKey} down", source = dedupKey, severity = "error" },
                        }, CancellationToken.None))
                        {
                            ledger.Alerted(dedupKey, sent.StatusCode == HttpStatusCode.Accepted);
                        }

                        break;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                ledger.Fail();
            }
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

    /// <summary>What the hub acknowledged: incidents created (with their numbers), the latest acknowledged update of each, alert events counted.</summary>
    private sealed class Ledger(string group)
    {
        private readonly ConcurrentDictionary<Guid, string> _created = new();
        private readonly ConcurrentDictionary<Guid, (int Version, string Title)> _updated = new();
        private readonly ConcurrentDictionary<string, int> _alerts = new();
        private readonly ConcurrentQueue<DateTimeOffset> _acknowledgedAt = new();
        private int _acknowledged;
        private int _failed;

        public string Group => group;

        public int Created => _created.Count;

        public int Acknowledged => Volatile.Read(ref _acknowledged);

        public int Failed => Volatile.Read(ref _failed);

        public void Created201(JsonElement? incident)
        {
            if (incident is not { } view)
            {
                Fail();
                return;
            }

            _created[view.GetProperty("id").GetGuid()] = view.GetProperty("number").GetString()!;
            Acknowledge();
        }

        public Guid? AnyIncident(Random random)
        {
            var ids = _created.Keys.ToArray();
            return ids.Length == 0 ? null : ids[random.Next(ids.Length)];
        }

        public void Updated(Guid id, string title, JsonElement? view)
        {
            if (view is not { } incident)
            {
                Fail();
                return;
            }

            var version = incident.GetProperty("version").GetInt32();
            _updated.AddOrUpdate(id, (version, title), (_, known) => known.Version >= version ? known : (version, title));
            Acknowledge();
        }

        public void Alerted(string dedupKey, bool accepted)
        {
            if (!accepted)
            {
                Fail();
                return;
            }

            _alerts.AddOrUpdate(dedupKey, 1, (_, n) => n + 1);
            Acknowledge();
        }

        public void Fail() => Interlocked.Increment(ref _failed);

        public IReadOnlyList<Guid> Sample(int count) => [.. _created.Keys.Take(count)];

        public TimeSpan LongestPauseAfter(DateTimeOffset killedAt)
        {
            var times = _acknowledgedAt.Where(t => t >= killedAt).Prepend(killedAt).Order().ToList();
            return times.Zip(times.Skip(1), (a, b) => b - a).DefaultIfEmpty(TimeSpan.Zero).Max();
        }

        private void Acknowledge()
        {
            _acknowledgedAt.Enqueue(DateTimeOffset.UtcNow);
            Interlocked.Increment(ref _acknowledged);
        }

        public async Task<(int Incidents, int Updates, int Alerts)> Verify(HttpClient admin, string connectionString, string routingKey)
        {
            foreach (var (id, number) in _created)
            {
                var incident = await admin.GetFromJsonAsync<JsonElement>($"api/incidents/{id}");
                Assert.Equal(number, incident.GetProperty("number").GetString());
                if (_updated.TryGetValue(id, out var update))
                {
                    var version = incident.GetProperty("version").GetInt32();
                    Assert.True(version >= update.Version, $"{number}: version {version} is behind the acknowledged {update.Version}.");
                    if (version == update.Version)
                    {
                        Assert.Equal(update.Title, incident.GetProperty("title").GetString());
                    }
                }
            }

            foreach (var (dedupKey, acknowledged) in _alerts)
            {
                var alert = await admin.GetFromJsonAsync<JsonElement>($"api/alerts?routingKey={routingKey}&dedupKey={dedupKey}");
                Assert.True(alert.GetProperty("count").GetInt32() >= acknowledged, $"{dedupKey}: {acknowledged} acknowledged, {alert.GetProperty("count").GetInt32()} counted.");
            }

            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT id, number FROM incidents", connection);
            var rows = new Dictionary<string, string>();
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    rows[reader.GetString(0)] = reader.GetString(1);
                }
            }

            Assert.Equal(rows.Count, rows.Values.Distinct(StringComparer.Ordinal).Count());
            Assert.All(_created, c => Assert.Equal(c.Value, rows.GetValueOrDefault(c.Key.ToString())));
            return (_created.Count, _updated.Count, _alerts.Count);
        }
    }
}
