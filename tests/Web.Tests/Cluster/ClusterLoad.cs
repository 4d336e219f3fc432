using System.Collections.Concurrent;
using Npgsql;

namespace ItsmOrleans.Web.Tests.Cluster;

/// <summary>
/// A load on a cluster and its ledger of what the hub acknowledged: incidents created (with their numbers), the latest
/// acknowledged update of each, alert events counted; and the checks that all of it is in PostgreSQL afterwards.
/// </summary>
public sealed class ClusterLoad(string group)
{
    /// <summary>Makes the load's group exist, so the incidents it raises may be routed there.</summary>
    public Task Prepare(HttpClient admin) => TestCast.Group(admin, group);

    /// <summary>One worker: raises incidents, changes them and sends alert events one after another until told to stop.</summary>
    public async Task Work(Uri hub, string key, string routingKey, Random random, CancellationToken stop)
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
                        using (var request = new HttpRequestMessage(HttpMethod.Post, "api/incidents") { Content = JsonContent.Create(IncidentRequests.NewIncident(title: "Under fire", group: Group)) })
                        {
                            request.Headers.Add("Idempotency-Key", requestId);
                            using var created = await http.SendAsync(request, CancellationToken.None);
                            if (created.StatusCode == HttpStatusCode.Created)
                            {
                                Created201(await created.Content.ReadFromJsonAsync<JsonElement>(CancellationToken.None));
                            }
                            else
                            {
                                await Fail("create", created);
                            }
                        }

                        break;
                    case 1 when AnyIncident(random) is { } id:
                        var title = $"Changed {Guid.NewGuid():N}";
                        using (var changed = await http.PatchAsJsonAsync($"api/incidents/{id}", new { title }, CancellationToken.None))
                        {
                            if (changed.IsSuccessStatusCode)
                            {
                                Updated(id, title, await changed.Content.ReadFromJsonAsync<JsonElement>(CancellationToken.None));
                            }
                            else
                            {
                                await Fail($"update of {id}", changed);
                            }
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
                            if (sent.StatusCode == HttpStatusCode.Accepted)
                            {
                                Alerted(dedupKey);
                            }
                            else
                            {
                                await Fail($"alert {dedupKey}", sent);
                            }
                        }

                        break;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                Fail($"{e.GetType().Name}: {e.Message}");
            }
        }
    }



    private readonly ConcurrentDictionary<Guid, string> _created = new();
    private readonly ConcurrentDictionary<Guid, (int Version, string Title)> _updated = new();
    private readonly ConcurrentDictionary<string, int> _alerts = new();
    private readonly ConcurrentQueue<DateTimeOffset> _acknowledgedAt = new();
    private readonly ConcurrentQueue<string> _failures = new();
    private int _acknowledged;
    private int _failed;

    public string Group => group;

    public int Created => _created.Count;

    public int Acknowledged => Volatile.Read(ref _acknowledged);

    public int Failed => Volatile.Read(ref _failed);

    /// <summary>What each failed request was and what it got, oldest first, to say why a run failed.</summary>
    public string Failures => string.Join(Environment.NewLine, _failures);

    public void Created201(JsonElement view)
    {
        _created[view.GetProperty("id").GetGuid()] = view.GetProperty("number").GetString()!;
        Acknowledge();
    }

    public Guid? AnyIncident(Random random)
    {
        var ids = _created.Keys.ToArray();
        return ids.Length == 0 ? null : ids[random.Next(ids.Length)];
    }

    public void Updated(Guid id, string title, JsonElement incident)
    {
        var version = incident.GetProperty("version").GetInt32();
        _updated.AddOrUpdate(id, (version, title), (_, known) => known.Version >= version ? known : (version, title));
        Acknowledge();
    }

    public void Alerted(string dedupKey)
    {
        _alerts.AddOrUpdate(dedupKey, 1, (_, n) => n + 1);
        Acknowledge();
    }

    public void Fail(string what)
    {
        _failures.Enqueue($"{DateTimeOffset.UtcNow:HH:mm:ss.fff} {what}");
        Interlocked.Increment(ref _failed);
    }

    private async Task Fail(string request, HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(CancellationToken.None);
        Fail($"{request}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 400)]}");
    }

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

    public async Task<(int Incidents, int Updates, int Alerts)> Verify(HttpClient admin, string connectionString, string serviceId)
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
            var alert = await AlertLookup.Find(admin, serviceId, dedupKey);
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
