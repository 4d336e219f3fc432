using ItsmOrleans.Contracts.Webhooks;
using ItsmOrleans.Hosting.Webhooks;

namespace ItsmOrleans.Web.Tests.Escalations;

/// <summary>Escalation policies and on-call schedules over HTTP: an alert pages whoever is on call by signed webhook, level after level, until acknowledged.</summary>
[Collection(WebAppTests.Name)]
public class EscalationApiTests(WebAppFixture app)
{
    private const string Secret = "pager-bridge-secret-0123";
    private static readonly string[] Alice = ["alice"];
    private static readonly string[] NilsAndNora = ["nils", "nora"];

    [Fact]
    public async Task An_alert_pages_the_engineer_on_call_then_the_next_level_by_signed_webhook_until_the_monitoring_tool_acknowledges()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await Put($"api/on-call-schedules/dba-{suffix}", new
        {
            name = "DBA on call",
            timeZone = "Europe/Paris",
            layers = new[] { new { name = "primary", users = Alice, start = "2026-01-05T09:00", turnLength = "7.00:00:00" } },
        });
        var onCall = await app.Http.GetFromJsonAsync<JsonElement>($"api/on-call-schedules/dba-{suffix}/on-call");
        Assert.Equal(("alice", "primary"), (onCall.GetProperty("user").GetString(), onCall.GetProperty("layer").GetString()));

        await Put($"api/escalation-policies/db-{suffix}", new
        {
            name = "Database paging",
            minimumPriority = "P2",
            levels = new object[]
            {
                new { escalateAfter = "00:00:01", targets = new[] { new { kind = "schedule", id = $"dba-{suffix}" } } },
                new { escalateAfter = "00:00:30", targets = new[] { new { kind = "user", id = "bob" }, new { kind = "group", id = "dba" } } },
            },
        });
        var (routingKey, service) = await Integrations.Define(app.Http, "Orders database");
        await Put($"api/services/{service}", new { name = "Orders database", kind = "technical", criticality = 1, escalationPolicy = $"db-{suffix}" });
        await using var pager = await WebhookReceiver.Start(failFirst: 0);
        await Put($"api/webhooks/pager-{suffix}", new { url = pager.Url, secret = Secret, events = new[] { WebhookEventTypes.Escalated } });

        using var monitor = new HttpClient { BaseAddress = app.BaseAddress };
        object Event(string action) => new
        {
            routing_key = routingKey,
            event_action = action,
            dedup_key = "replication-lag",
            payload = new { summary = "Replication lag 300 s", source = "db-2", severity = "critical" },
        };
        using (var triggered = await monitor.PostAsJsonAsync("v2/enqueue", Event("trigger")))
        {
            await triggered.EnsureStatus(HttpStatusCode.Accepted);
        }

        var pages = await pager.WaitFor(r => r.Count(p => p.Body.Contains(service, StringComparison.Ordinal) || p.Body.Contains("Replication lag", StringComparison.Ordinal)) >= 2, TimeSpan.FromSeconds(20));
        var levels = pages.Select(p => JsonDocument.Parse(p.Body).RootElement).Where(p => p.GetProperty("title").GetString() == "Replication lag 300 s").ToList();
        Assert.Equal(["alice"], levels[0].GetProperty("notify").EnumerateArray().Select(u => u.GetString()));
        Assert.Equal(["bob"], levels[1].GetProperty("notify").EnumerateArray().Select(u => u.GetString()));
        Assert.Equal(["dba"], levels[1].GetProperty("notifyGroups").EnumerateArray().Select(u => u.GetString()));
        Assert.Equal(2, levels[1].GetProperty("escalationLevel").GetInt32());
        Assert.All(pages, p => Assert.Equal(HttpWebhookSender.Signature(Secret, p.Timestamp, p.Body), p.Signature));

        var incidentId = levels[0].GetProperty("incidentId").GetString();
        using (var acknowledged = await monitor.PostAsJsonAsync("v2/enqueue", Event("acknowledge")))
        {
            await acknowledged.EnsureStatus(HttpStatusCode.Accepted);
        }

        var escalation = await Eventually.Get<string>(async () =>
        {
            var view = await app.Http.GetFromJsonAsync<JsonElement>($"api/incidents/{incidentId}/escalation");
            return view.GetProperty("status").GetString() == "acknowledged" ? view.GetRawText() : null;
        }, TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(100), "the acknowledgement");
        Assert.Equal(2, JsonDocument.Parse(escalation).RootElement.GetProperty("steps").GetArrayLength());
        var notes = await app.Http.GetFromJsonAsync<JsonElement>($"api/incidents/{incidentId}/comments");
        Assert.Contains(notes.EnumerateArray(), n => n.GetProperty("text").GetString()!.Contains("@alice", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_agent_acknowledges_by_taking_the_incident_and_an_override_changes_who_is_on_call()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await Put($"api/on-call-schedules/net-{suffix}", new
        {
            name = "Network",
            timeZone = "UTC",
            layers = new[] { new { name = "primary", users = NilsAndNora, start = "2026-01-05T00:00", turnLength = "1.00:00:00" } },
        });
        var now = DateTimeOffset.UtcNow;
        using (var added = await app.Http.PostAsJsonAsync($"api/on-call-schedules/net-{suffix}/overrides", new { user = "otto", start = now.AddMinutes(-1), end = now.AddHours(1) }))
        {
            await added.EnsureStatus(HttpStatusCode.OK);
        }

        var onCall = await app.Http.GetFromJsonAsync<JsonElement>($"api/on-call-schedules/net-{suffix}/on-call");
        Assert.Equal(("otto", true), (onCall.GetProperty("user").GetString(), onCall.GetProperty("override").GetBoolean()));

        var incident = await app.Http.CreateIncident(IncidentRequests.NewIncident(title: "Core switch flapping"));
        using var acknowledged = await app.Http.PostAsync($"api/incidents/{incident.Id}/acknowledge", null);
        await acknowledged.EnsureStatus(HttpStatusCode.OK);
        Assert.NotNull((await acknowledged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("assignee").GetString());
        using var never = await app.Http.GetAsync($"api/incidents/{incident.Id}/escalation");
        Assert.Equal(HttpStatusCode.NotFound, never.StatusCode);
    }

    [Fact]
    public async Task Bad_policies_schedules_and_bindings_are_a_400_naming_every_field()
    {
        using var policy = await app.Http.PutAsJsonAsync("api/escalation-policies/broken", new
        {
            name = "",
            minimumPriority = "P9",
            levels = new[] { new { escalateAfter = "00:00:00", targets = new[] { new { kind = "pigeon", id = "x" } } } },
        });
        await AssertFields(policy, "levels[0].escalateAfter", "levels[0].targets[0].kind", "minimumPriority", "name");

        using var schedule = await app.Http.PutAsJsonAsync("api/on-call-schedules/broken", new
        {
            name = "Broken",
            timeZone = "Moon/Base",
            layers = new[] { new { name = "primary", users = Alice, start = "2026-01-05T09:00+01:00", turnLength = "1.00:00:00" } },
        });
        await AssertFields(schedule, "layers[0].start", "timeZone");

        var (_, service) = await Integrations.Define(app.Http);
        using var binding = await app.Http.PutAsJsonAsync($"api/services/{service}", new { name = "X", kind = "technical", criticality = 1, escalationPolicy = "never-defined" });
        await AssertFields(binding, "escalationPolicy");
        using var unknown = await app.Http.GetAsync("api/on-call-schedules/never-defined/on-call");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private async Task Put(string path, object body)
    {
        using var response = await app.Http.PutAsJsonAsync(path, body);
        await response.EnsureStatus(HttpStatusCode.OK);
    }

    private static async Task AssertFields(HttpResponseMessage response, params string[] fields)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(fields, errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
    }
}
