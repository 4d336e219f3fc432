using ItsmOrleans.Contracts.MajorIncidents;
using ItsmOrleans.Web.Boards;
using Microsoft.AspNetCore.SignalR.Client;

namespace ItsmOrleans.Web.Tests.MajorIncidents;

[Collection(WebAppTests.Name)]
public class MajorIncidentApiTests(WebAppFixture app)
{
    private static async Task<MajorIncidentView> Promote(HttpClient http, Guid primary, string title = "Mail platform down")
    {
        using var response = await http.PostAsJsonAsync("api/major-incidents", new { title, primaryIncidentId = primary, commander = "carla", updateCadence = "00:30:00" });
        await response.EnsureStatus(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<MajorIncidentView>(WireJson.Options))!;
    }

    [Fact]
    public async Task A_major_incident_is_promoted_run_reviewed_and_closed_over_http_while_the_banner_stream_follows_it()
    {
        await using var connection = await app.ConnectHub();
        var banner = await connection.StreamAsChannelAsync<LiveListMessage<MajorIncidentSummary>>("SubscribeMajorIncidents");
        Assert.Equal(BoardMessageKind.Snapshot, (await banner.ReadAsync()).Kind);
        var incident = await app.Http.CreateIncident(IncidentRequests.NewIncident(title: "Mail bounces for everyone", assignee: "alice"));

        var view = await Promote(app.Http, incident.Id);
        var shown = await Next(banner, m => m.Items.Any(i => i.Id == view.Id && i.IsActive));
        Assert.Equal("carla", shown.Items.Single(i => i.Id == view.Id).Commander);

        using (var update = await app.Http.PostAsJsonAsync($"api/major-incidents/{view.Id}/updates", new { text = "Failover to the secondary in progress" }))
        {
            await update.EnsureStatus(HttpStatusCode.Created);
        }

        using (var stale = await app.Http.Send(HttpMethod.Put, $"api/major-incidents/{view.Id}/commander", new { commander = "dan" }, $"\"{view.Version}\""))
        {
            Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        }

        foreach (var body in new object[] { new { to = "resolved", note = "Secondary serving all mail" }, new { to = "review" } })
        {
            using var moved = await app.Http.PostAsJsonAsync($"api/major-incidents/{view.Id}/transitions", body);
            await moved.EnsureStatus(HttpStatusCode.OK);
        }

        await Next(banner, m => m.Items.Any(i => i.Id == view.Id && !i.IsActive));
        using (var review = await app.Http.PutAsJsonAsync($"api/major-incidents/{view.Id}/review", new
        {
            summary = "Primary mail cluster lost quorum",
            rootCause = "Two nodes patched at once",
            impact = "No mail for 35 minutes",
            actions = new[] { new { description = "Stagger patching", owner = "mail-team", due = "2026-12-31" } },
            timelineConfirmed = true,
        }))
        {
            await review.EnsureStatus(HttpStatusCode.OK);
        }

        using var closed = await app.Http.PostAsJsonAsync($"api/major-incidents/{view.Id}/transitions", new { to = "closed" });
        await closed.EnsureStatus(HttpStatusCode.OK);
        var all = await app.Http.GetFromJsonAsync<JsonElement>("api/major-incidents?all=true");
        Assert.Contains(all.EnumerateArray(), m => m.GetProperty("number").GetString() == view.Number && m.GetProperty("status").GetString() == "closed");
    }

    [Fact]
    public async Task Bad_major_incident_input_is_a_400_naming_the_field()
    {
        var p3 = await app.Http.CreateIncident(IncidentRequests.NewIncident(impact: "medium", urgency: "medium"));
        foreach (var (body, field) in new (object Body, string Field)[]
        {
            (new { title = "x", commander = "carla" }, "primaryIncidentId"),
            (new { title = "", primaryIncidentId = p3.Id, commander = "carla" }, "title"),
            (new { title = "x", primaryIncidentId = p3.Id, commander = "carla" }, "primaryIncidentId"),
            (new { title = "x", primaryIncidentId = p3.Id, commander = "carla", updateCadence = "00:00:01", overrideReason = "VIP" }, "updateCadence"),
        })
        {
            using var response = await app.Http.PostAsJsonAsync("api/major-incidents", body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _), $"no error for {field}");
        }
    }

    [Fact]
    public async Task A_change_manager_reads_major_incidents_but_cannot_promote_them()
    {
        using var changeManager = app.CreateHttp(await Accounts.CreateApiKey(app, "change-manager"));
        var incident = await app.Http.CreateIncident(IncidentRequests.NewIncident());
        using var refused = await changeManager.PostAsJsonAsync("api/major-incidents", new { title = "x", primaryIncidentId = incident.Id, commander = "carla" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var view = await Promote(app.Http, incident.Id);
        using var read = await changeManager.GetAsync($"api/major-incidents/{view.Id}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    private static async Task<LiveListMessage<MajorIncidentSummary>> Next(
        System.Threading.Channels.ChannelReader<LiveListMessage<MajorIncidentSummary>> stream, Func<LiveListMessage<MajorIncidentSummary>, bool> wanted)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await foreach (var message in stream.ReadAllAsync(patience.Token))
        {
            if (wanted(message))
            {
                return message;
            }
        }

        throw new InvalidOperationException("The stream ended.");
    }
}
