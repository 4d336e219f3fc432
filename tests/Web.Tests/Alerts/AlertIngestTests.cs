using ItsmOrleans.Contracts.Alerts;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Web.Boards;
using Microsoft.AspNetCore.SignalR.Client;

namespace ItsmOrleans.Web.Tests.Alerts;

/// <summary>POST /v2/enqueue as a monitoring tool uses PagerDuty's Events API v2: same body, same answers.</summary>
[Collection(WebAppTests.Name)]
public class AlertIngestTests(WebAppFixture app)
{
    [Fact]
    public async Task A_trigger_raises_an_incident_repeats_count_on_it_acknowledge_is_noted_and_resolve_resolves_it()
    {
        var (routingKey, service) = await Integration();
        using var monitor = new HttpClient { BaseAddress = app.BaseAddress };
        object Event(string action, string severity = "critical") => new
        {
            routing_key = routingKey,
            event_action = action,
            dedup_key = "disk-full/db-1",
            payload = new { summary = "Disk full on db-1", source = "db-1.example", severity, component = "postgres", custom_details = new { free_bytes = 0 } },
        };

        var first = await Send(monitor, Event("trigger"), HttpStatusCode.Accepted);
        Assert.Equal(("success", "Event processed", "disk-full/db-1"), (first.GetProperty("status").GetString(), first.GetProperty("message").GetString(), first.GetProperty("dedup_key").GetString()));
        await Send(monitor, Event("trigger"), HttpStatusCode.Accepted);
        await Send(monitor, Event("trigger"), HttpStatusCode.Accepted);

        var alert = await Alert(service, "disk-full/db-1");
        Assert.Equal(("triggered", 3), (alert.GetProperty("status").GetString(), alert.GetProperty("count").GetInt32()));
        var incident = (await app.Http.GetFromJsonAsync<IncidentView>($"api/incidents/{alert.GetProperty("incidentId").GetString()}", WireJson.Options))!;
        Assert.Equal(("Disk full on db-1", Priority.P1, service, "monitoring"), (incident.Title, incident.Priority, incident.ServiceId, incident.Requester));
        Assert.Contains("free_bytes", incident.Description, StringComparison.Ordinal);

        await Send(monitor, Event("acknowledge"), HttpStatusCode.Accepted);
        Assert.Equal("acknowledged", (await Alert(service, "disk-full/db-1")).GetProperty("status").GetString());
        await Send(monitor, Event("resolve"), HttpStatusCode.Accepted);
        Assert.Equal("resolved", (await Alert(service, "disk-full/db-1")).GetProperty("status").GetString());
        var notes = (await app.Http.GetFromJsonAsync<List<Comment>>($"api/incidents/{incident.Id}/comments", WireJson.Options))!;
        Assert.Single(notes, c => c.Author == "system" && c.Visibility == CommentVisibility.WorkNote && c.Text.Contains("acknowledged", StringComparison.Ordinal));
        var resolved = (await app.Http.GetFromJsonAsync<IncidentView>($"api/incidents/{incident.Id}", WireJson.Options))!;
        Assert.Equal((IncidentStatus.Resolved, ResolutionCode.ResolvedByMonitoring), (resolved.Status, resolved.ResolutionCode));

        await Send(monitor, Event("trigger", "warning"), HttpStatusCode.Accepted);
        var again = await Alert(service, "disk-full/db-1");
        Assert.NotEqual(incident.Id.ToString(), again.GetProperty("incidentId").GetString());
        Assert.Equal(1, again.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task A_trigger_without_a_dedup_key_gets_one_and_a_bad_event_is_refused_with_every_error()
    {
        var (routingKey, _) = await Integration();
        using var monitor = new HttpClient { BaseAddress = app.BaseAddress };
        var accepted = await Send(monitor, new { routing_key = routingKey, event_action = "trigger", payload = new { summary = "CPU high", source = "web-3", severity = "warning" } }, HttpStatusCode.Accepted);
        Assert.Equal(32, accepted.GetProperty("dedup_key").GetString()!.Length);

        var refused = await Send(monitor, new { routing_key = routingKey, event_action = "trigger", payload = new { summary = 42, severity = "fatal" } }, HttpStatusCode.BadRequest);
        Assert.Equal(("invalid event", "Event object is invalid"), (refused.GetProperty("status").GetString(), refused.GetProperty("message").GetString()));
        var errors = refused.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Contains(errors, e => e.Contains("payload.summary", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("payload.source", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("payload.severity", StringComparison.Ordinal));

        var unknown = await Send(monitor, new { routing_key = "Z" + routingKey[1..], event_action = "resolve", dedup_key = "x" }, HttpStatusCode.BadRequest);
        Assert.Contains("not an integration key", unknown.GetProperty("errors")[0].GetString(), StringComparison.Ordinal);
        using var notJson = await monitor.PostAsync("v2/enqueue", new StringContent("{", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
    }

    [Fact]
    public async Task Boards_see_an_alert_open_count_its_repeats_and_leave_when_resolved_and_the_list_keeps_it()
    {
        var (routingKey, service) = await Integration();
        await using var connection = await app.ConnectHub();
        var alerts = await connection.StreamAsChannelAsync<LiveListMessage<AlertSummary>>("SubscribeAlerts");
        Assert.Equal(BoardMessageKind.Snapshot, (await alerts.ReadAsync()).Kind);
        using var monitor = new HttpClient { BaseAddress = app.BaseAddress };
        object Event(string action) => new
        {
            routing_key = routingKey,
            event_action = action,
            dedup_key = "queue-depth{queue=orders}",
            payload = new { summary = "Orders queue is backing up", source = "mq-1", severity = "error", group = "messaging" },
        };

        for (var i = 0; i < 3; i++)
        {
            await Send(monitor, Event("trigger"), HttpStatusCode.Accepted);
        }

        var seen = await Next(alerts, a => a.ServiceId == service && a.DedupKey == "queue-depth{queue=orders}" && a.Count == 3);
        Assert.Equal((AlertStatus.Triggered, "messaging", service), (seen.Status, seen.GroupKey, seen.ServiceId));
        Assert.NotNull(seen.IncidentNumber);

        await Send(monitor, Event("resolve"), HttpStatusCode.Accepted);
        await Next(alerts, a => a.Id == seen.Id && a.Status == AlertStatus.Resolved);

        var listed = await app.Http.GetFromJsonAsync<List<AlertSummary>>($"api/alerts?serviceId={service}", WireJson.Options);
        var row = Assert.Single(listed!);
        Assert.Equal((AlertStatus.Resolved, 3, seen.IncidentId), (row.Status, row.Count, row.IncidentId));
        var byIncident = await app.Http.GetFromJsonAsync<List<AlertSummary>>($"api/alerts?incidentId={seen.IncidentId}&status=resolved", WireJson.Options);
        Assert.Equal("queue-depth{queue=orders}", Assert.Single(byIncident!).DedupKey);

        using var bad = await app.Http.GetAsync("api/alerts?status=burning&colour=red");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("status", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("colour", out _));
    }

    private static async Task<AlertSummary> Next(System.Threading.Channels.ChannelReader<LiveListMessage<AlertSummary>> alerts, Func<AlertSummary, bool> wanted)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await foreach (var message in alerts.ReadAllAsync(patience.Token))
        {
            if (message.Items.FirstOrDefault(wanted) is { } found)
            {
                return found;
            }
        }

        throw new TimeoutException("The board never showed the alert.");
    }

    private Task<(string RoutingKey, string ServiceId)> Integration() => Integrations.Define(app.Http, "Orders database");

    private Task<JsonElement> Alert(string serviceId, string dedupKey) => AlertLookup.Find(app.Http, serviceId, dedupKey);

    private static async Task<JsonElement> Send(HttpClient monitor, object body, HttpStatusCode expected)
    {
        using var response = await monitor.PostAsJsonAsync("v2/enqueue", body);
        await response.EnsureStatus(expected);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
