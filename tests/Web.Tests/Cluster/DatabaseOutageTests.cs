using System.Collections.Concurrent;
using System.Diagnostics;
using Npgsql;
using Xunit.Abstractions;

namespace ItsmOrleans.Web.Tests.Cluster;

/// <summary>
/// Stop PostgreSQL for 30 s under load: requests fail with a clear 503 within a bounded time (no hangs), nothing answered
/// with a success is lost, and the hub recovers by itself when the database returns.
/// </summary>
[Collection(ClusterTests.Name)]
[Trait("Category", "Cluster")]
public class DatabaseOutageTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan LongestAnswer = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task While_postgresql_is_down_requests_get_503s_in_bounded_time_and_the_hub_recovers_by_itself_losing_nothing()
    {
        await using var cluster = await LocalCluster.Start(silos: 1, webHosts: 1);
        using var admin = cluster.Client(1);
        var group = "outage-" + Guid.NewGuid().ToString("N")[..8];
        await TestCast.Group(admin, group);
        var answers = new ConcurrentQueue<(DateTimeOffset At, HttpStatusCode? Status, TimeSpan Took, Guid? Created)>();
        using var stop = new CancellationTokenSource();
        var load = Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Raise(cluster.WebUrl(1), cluster.AdminKey, group, answers, stop.Token)));

        await Task.Delay(TimeSpan.FromSeconds(3));
        var down = DateTimeOffset.UtcNow;
        await cluster.StopPostgres();
        await Task.Delay(Outage);

        // Not ready (no traffic, please), yet alive (do not restart it): the host recovers by itself.
        using (var ready = await admin.GetAsync("health"))
        using (var live = await admin.GetAsync("health/live"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }

        var restarting = DateTimeOffset.UtcNow;
        await cluster.StartPostgres();
        var up = DateTimeOffset.UtcNow;
        var recovered = await Until(() => answers.Any(a => a.At > up && a.Status == HttpStatusCode.Created), TimeSpan.FromSeconds(90));
        await Task.Delay(TimeSpan.FromSeconds(3));
        await stop.CancelAsync();
        await load;

        var during = answers.Where(a => a.At > down.AddSeconds(2) && a.At < restarting).ToList();
        var statuses = during.GroupBy(a => a.Status?.ToString() ?? "no answer").ToDictionary(g => g.Key, g => g.Count());
        output.WriteLine($"during the outage: {string.Join(", ", statuses.Select(s => $"{s.Value} × {s.Key}"))}, slowest answer {during.Max(a => a.Took).TotalSeconds:F1} s; "
            + $"first incident raised {recovered.TotalSeconds:F1} s after PostgreSQL was back; {answers.Count(a => a.Created is not null)} incidents acknowledged in all");
        Assert.NotEmpty(during);
        Assert.All(during, a => Assert.True(a.Status == HttpStatusCode.ServiceUnavailable, $"During the outage a request got {a.Status?.ToString() ?? "no answer"}."));
        Assert.All(answers, a => Assert.True(a.Took < LongestAnswer, $"A request took {a.Took.TotalSeconds:F1} s."));

        var health = await Until(async () => (await admin.GetAsync("health")).IsSuccessStatusCode, TimeSpan.FromSeconds(60));
        foreach (var (_, _, _, created) in answers.Where(a => a.Created is not null))
        {
            using var read = await admin.GetAsync($"api/incidents/{created}");
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        }

        // Every acknowledged incident is in the lists too (the read model), not only in its grain.
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync();
        await using var listed = new NpgsqlCommand("SELECT id FROM incidents WHERE assignment_group = @group", connection);
        listed.Parameters.AddWithValue("group", group);
        var rows = new HashSet<string>();
        await using (var reader = await listed.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows.Add(reader.GetString(0));
            }
        }

        Assert.All(answers.Where(a => a.Created is not null), a => Assert.Contains(a.Created!.Value.ToString(), rows));
        output.WriteLine($"healthy again {health.TotalSeconds:F1} s after the checks began");
    }

    private static async Task Raise(Uri hub, string key, string group, ConcurrentQueue<(DateTimeOffset, HttpStatusCode?, TimeSpan, Guid?)> answers, CancellationToken stop)
    {
        using var http = new HttpClient { BaseAddress = hub, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        while (!stop.IsCancellationRequested)
        {
            var started = Stopwatch.StartNew();
            try
            {
                using var response = await http.PostAsJsonAsync("api/incidents", IncidentRequests.NewIncident(title: "Through the outage", group: group), CancellationToken.None);
                Guid? created = response.StatusCode == HttpStatusCode.Created
                    ? (await response.Content.ReadFromJsonAsync<JsonElement>(CancellationToken.None)).GetProperty("id").GetGuid() : null;
                answers.Enqueue((DateTimeOffset.UtcNow, response.StatusCode, started.Elapsed, created));
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                answers.Enqueue((DateTimeOffset.UtcNow, null, started.Elapsed, null));
            }

            await Task.Delay(50, CancellationToken.None);
        }
    }

    private static Task<TimeSpan> Until(Func<bool> done, TimeSpan timeout) => Until(() => Task.FromResult(done()), timeout);

    private static async Task<TimeSpan> Until(Func<Task<bool>> done, TimeSpan timeout)
    {
        var started = Stopwatch.StartNew();
        while (!await done())
        {
            Assert.True(started.Elapsed < timeout, $"Not recovered within {timeout}.");
            await Task.Delay(200);
        }

        return started.Elapsed;
    }
}
