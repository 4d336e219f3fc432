namespace ItsmOrleans.Web.Tests.Alerts;

/// <summary>Overload is explicit: past the host's bounded queue or a key's rate an event gets 429 with Retry-After and is counted.</summary>
public class AlertOverloadTests(ThrottledAlertsWebAppFixture app) : IClassFixture<ThrottledAlertsWebAppFixture>
{
    [Fact]
    public async Task An_integration_key_past_its_rate_gets_429_with_retry_after_and_every_refusal_is_counted()
    {
        var (routingKey, _) = await Integration();
        using var monitor = new HttpClient { BaseAddress = app.BaseAddress };
        var before = await Counts();
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < ThrottledAlertsWebAppFixture.Burst + 5; i++)
        {
            answers.Add(await monitor.PostAsJsonAsync("v2/enqueue", Event(routingKey, $"rate-{i}")));
        }

        var refused = answers.Where(a => a.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests }));
        Assert.True(refused.Count >= 3, $"Only {refused.Count} of {answers.Count} events were refused.");
        Assert.True(refused[0].Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        var body = await refused[0].Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("throttled", body.GetProperty("status").GetString());

        var after = await Counts();
        Assert.Equal(refused.Count, Refused(after, "keyRateLimited") - Refused(before, "keyRateLimited"));
        Assert.Equal(answers.Count - refused.Count, after.GetProperty("accepted").GetInt64() - before.GetProperty("accepted").GetInt64());
        answers.ForEach(a => a.Dispose());
    }

    [Fact]
    public async Task Past_its_queue_the_host_refuses_at_once_and_every_event_it_answered_202_is_stored()
    {
        var keys = new[] { await Integration(), await Integration(), await Integration() };
        using var monitor = new HttpClient { BaseAddress = app.BaseAddress };
        var before = await Counts();
        var sends = Enumerable.Range(0, 3 * ThrottledAlertsWebAppFixture.Burst).Select(async i =>
        {
            var ((key, service), dedup) = (keys[i % keys.Length], $"storm-{i}");
            using var answer = await monitor.PostAsJsonAsync("v2/enqueue", Event(key, dedup));
            return (service, dedup, answer.StatusCode);
        });
        var answers = await Task.WhenAll(sends);

        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests }));
        var after = await Counts();
        var overloaded = Refused(after, "overloaded") - Refused(before, "overloaded");
        Assert.True(overloaded >= 1, "Thirty events at once never filled a queue of one.");
        Assert.Equal(answers.Count(a => a.StatusCode == HttpStatusCode.TooManyRequests), overloaded + Refused(after, "keyRateLimited") - Refused(before, "keyRateLimited"));
        foreach (var (service, dedup, _) in answers.Where(a => a.StatusCode == HttpStatusCode.Accepted))
        {
            var alert = await AlertLookup.Find(app.Http, service, dedup);
            Assert.Equal(1, alert.GetProperty("count").GetInt32());
        }
    }

    [Fact]
    public async Task Guessing_routing_keys_from_one_address_is_throttled_after_a_few_lookups()
    {
        // From an address of its own on the loopback network, so the other tests' allowance is untouched.
        using var monitor = new HttpClient(new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp);
                socket.Bind(new IPEndPoint(IPAddress.Parse("127.0.0.77"), 0));
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new System.Net.Sockets.NetworkStream(socket, ownsSocket: true);
            },
        }) { BaseAddress = app.BaseAddress };
        var statuses = new List<HttpStatusCode>();
        var guessing = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 10; i++)
        {
            using var answer = await monitor.PostAsJsonAsync("v2/enqueue", Event(Guid.NewGuid().ToString("N"), "guess"));
            statuses.Add(answer.StatusCode);
        }

        // A burst of two, then one more lookup per second that passed.
        var allowed = 2 + (int)guessing.Elapsed.TotalSeconds + 1;
        Assert.Equal(HttpStatusCode.BadRequest, statuses[0]);
        Assert.True(statuses.Count(s => s == HttpStatusCode.BadRequest) <= allowed,
            $"Ten guesses in {guessing.Elapsed.TotalSeconds:F1} s with an allowance of two and one a second: {string.Join(", ", statuses)}.");
        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.BadRequest or HttpStatusCode.TooManyRequests, $"{s}"));
    }

    private static object Event(string routingKey, string dedupKey) => new
    {
        routing_key = routingKey,
        event_action = "trigger",
        dedup_key = dedupKey,
        payload = new { summary = "Load balancer pool degraded", source = "lb-1", severity = "warning" },
    };

    private async Task<JsonElement> Counts() => await app.Http.GetFromJsonAsync<JsonElement>("api/alerts/ingestion");

    private static long Refused(JsonElement counts, string reason) => counts.GetProperty("refused").GetProperty(reason).GetInt64();

    private Task<(string RoutingKey, string ServiceId)> Integration() => Integrations.Define(app.Http, "Load balancers", "Zabbix");
}
