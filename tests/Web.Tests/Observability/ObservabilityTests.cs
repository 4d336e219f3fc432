using System.Diagnostics;
using ItsmOrleans.Web.Boards;
using ItsmOrleans.Web.Tests.Cluster;
using Xunit.Abstractions;

namespace ItsmOrleans.Web.Tests.Observability;

/// <summary>
/// What an operator's monitoring sees of a cluster (one silo, one web host as its client, PostgreSQL): each host's
/// Prometheus scrape with the hub's own metrics next to ASP.NET Core's, Orleans' and Npgsql's, traces and metrics
/// exported over OTLP to a collector, the Orleans Dashboard for admins only, and one trace id in the logs of every host
/// a request went through.
/// </summary>
[Collection(ClusterTests.Name)]
[Trait("Category", "Cluster")]
public class ObservabilityTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(40);

    /// <summary>A policy whose response target runs out in two seconds, and JSON logs with their scopes (the trace id).</summary>
    private static Dictionary<string, string?> Settings(OtlpReceiver collector)
    {
        var settings = new Dictionary<string, string?>
        {
            // OpenTelemetry's standard variables, pointed at a collector on loopback, exporting every second.
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Url,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "1000",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "500",
            ["Logging:Console:FormatterName"] = "json",
            ["Logging:Console:FormatterOptions:IncludeScopes"] = "true",
            ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information",
            ["Logging:LogLevel:ItsmOrleans.Grains.Incidents"] = "Information",
        };
        foreach (var priority in new[] { "P1", "P2", "P3", "P4", "P5" })
        {
            settings[$"Sla:Policies:seconds:Targets:{priority}:Response"] = "00:00:02";
            settings[$"Sla:Policies:seconds:Targets:{priority}:Resolution"] = "00:01:00";
        }

        return settings;
    }

    [Fact]
    public async Task Every_host_is_scraped_with_the_hubs_metrics_the_dashboard_is_for_admins_and_one_trace_id_follows_a_request()
    {
        await using var collector = await OtlpReceiver.Start();
        await using var cluster = await LocalCluster.Start(silos: 1, webHosts: 1, Settings(collector));
        using var admin = cluster.Client(1);
        using var scraper = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var (routingKey, serviceId) = await Integrations.Define(admin, "Payments");

        await using var board = await BoardSubscriber.Open(await cluster.ConnectHub(1), BoardScope.All);
        var trace = ActivityTraceId.CreateRandom().ToHexString();
        using var raise = new HttpRequestMessage(HttpMethod.Post, "api/incidents")
        {
            Content = JsonContent.Create(new { title = "Card payments fail", description = "Every card payment times out.", impact = "high", urgency = "high", serviceId, slaPolicy = "seconds" }),
        };
        raise.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        raise.Headers.Add("X-Api-Key", cluster.AdminKey);

        // As an outside caller's: the test process may trace its own HTTP calls, which would replace the traceparent.
        using var caller = new HttpClient(new SocketsHttpHandler { ActivityHeadersPropagator = null }) { BaseAddress = cluster.WebUrl(1) };
        using (var raised = await caller.SendAsync(raise))
        {
            await raised.EnsureStatus(HttpStatusCode.Created);
        }

        foreach (var _ in Enumerable.Range(0, 3))
        {
            using var sent = await admin.PostAsJsonAsync("v2/enqueue", new
            {
                routing_key = routingKey,
                event_action = "trigger",
                dedup_key = "payments-gateway",
                payload = new { summary = "Payment gateway 5xx", source = "gw-1", severity = "critical" },
            });
            await sent.EnsureStatus(HttpStatusCode.Accepted);
        }

        await board.WaitForRow(r => r.Title == "Card payments fail", Patience);

        var web = await Until(() => PrometheusScrape.Of(scraper, cluster.WebUrl(1)),
            s => s.Sum("itsm_alerts_events_total", "outcome=deduplicated") >= 2 && s.Sum("itsm_board_push_delay_seconds_count") >= 1,
            "The web host's scrape showing the alert events and a board delta");
        output.WriteLine(string.Join(", ", web.Names("itsm_")));
        Assert.Equal(1, web.Sum("itsm_alerts_events_total", "outcome=accepted"));
        Assert.True(web.Sum("itsm_incidents_open_priority", "priority=P1") >= 1, "The open P1 incident is not counted.");
        Assert.True(web.Sum("itsm_incidents_open_status", "status=new") >= 1, "The new incident is not counted by status.");
        Assert.Equal(1, web.Sum("itsm_board_clients"));
        Assert.True(web.Has("http_server_request_duration_seconds_count"), "ASP.NET Core's request metrics are missing.");
        Assert.NotEmpty(web.Names("orleans_"));

        // The response clock of the two-second policy runs out on the silo, which counts the breach.
        var silo = await Until(() => PrometheusScrape.Of(scraper, cluster.SiloUrl(1)),
            s => s.Sum("itsm_sla_breaches_total", "clock=response") >= 1, "The silo's scrape counting the response breach");
        Assert.NotEmpty(silo.Names("orleans_"));
        Assert.NotEmpty(silo.Names("db_client_"));
        output.WriteLine(string.Join(", ", silo.Names("orleans_").Take(15)));

        // Both hosts export traces and metrics over OTLP to the configured collector.
        foreach (var (signal, host) in new[] { ("traces", "itsm-web"), ("traces", "itsm-silo"), ("metrics", "itsm-web"), ("metrics", "itsm-silo") })
        {
            await Until(() => Task.FromResult<object>(collector.Received(signal, host)), received => (bool)received, $"{signal} from {host} over OTLP");
        }

        await Dashboard_is_for_admins_only(cluster, admin);

        // One trace id from the caller's traceparent, in the web host's request log and in the silo's log of the grain call.
        var webLog = await Until(() => Task.FromResult(cluster.Log("web-1")), l => l.Contains(trace, StringComparison.Ordinal), "The trace id in the web host's log");
        var siloLog = await Until(() => Task.FromResult(cluster.Log("silo-1")), l => l.Contains(trace, StringComparison.Ordinal), "The trace id in the silo's log");
        var raisedLine = siloLog.Split('\n').Single(l => l.Contains(trace, StringComparison.Ordinal) && l.Contains("raised", StringComparison.Ordinal));
        using (var entry = JsonDocument.Parse(raisedLine))
        {
            Assert.Equal("ItsmOrleans.Grains.Incidents.IncidentGrain", entry.RootElement.GetProperty("Category").GetString());
        }

        Assert.Contains(webLog.Split('\n'), l => l.Contains(trace, StringComparison.Ordinal) && l.Contains("api/incidents", StringComparison.Ordinal));
    }

    private static async Task Dashboard_is_for_admins_only(LocalCluster cluster, HttpClient admin)
    {
        // A browser that has not signed in is sent to the sign-in page, as for every other page.
        using (var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = cluster.WebUrl(1) })
        using (var refused = await anonymous.GetAsync("dashboard/index.html"))
        {
            Assert.True(refused.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Redirect, $"anonymous: {(int)refused.StatusCode}");
            Assert.True(refused.StatusCode == HttpStatusCode.Unauthorized || refused.Headers.Location!.OriginalString.Contains("signin", StringComparison.Ordinal),
                $"sent to {refused.Headers.Location}");
        }

        var agentKey = await CreateApiKey(admin, "agent");
        using (var agent = new HttpClient { BaseAddress = cluster.WebUrl(1) })
        {
            agent.DefaultRequestHeaders.Add("X-Api-Key", agentKey);
            using var forbidden = await agent.GetAsync("dashboard/DashboardCounters");
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        }

        using (var page = await admin.GetAsync("dashboard/index.html"))
        {
            await page.EnsureStatus(HttpStatusCode.OK);
            Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        }

        using var counters = await admin.GetAsync("dashboard/DashboardCounters");
        await counters.EnsureStatus(HttpStatusCode.OK);
        var json = await counters.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, json.GetProperty("totalActiveHostCount").GetInt32());
    }

    private static Task<T> Until<T>(Func<Task<T>> probe, Func<T, bool> done, string what)
        where T : class =>
        Eventually.Get<T>(async () => await probe() is var value && done(value) ? value : null, Patience, TimeSpan.FromMilliseconds(500), what);

    private static async Task<string> CreateApiKey(HttpClient admin, string role)
    {
        using var response = await admin.PostAsJsonAsync("api/admin/api-keys", new { name = $"observer {role}", role, groups = Array.Empty<string>() });
        await response.EnsureStatus(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
    }
}
