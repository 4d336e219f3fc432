using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Web.Tests.Api;

[Collection(WebAppTests.Name)]
public class IncidentApiTests(WebAppFixture app)
{
    private HttpClient Http => app.Http;

    [Fact]
    public async Task Creating_an_incident_answers_201_with_its_number_priority_version_sla_and_location()
    {
        using var response = await Http.PostAsJsonAsync("api/incidents", IncidentRequests.NewIncident(impact: "high", urgency: "medium"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var view = await response.Read();
        Assert.Matches("^INC[0-9]{7}$", view.Number);
        Assert.Equal(Priority.P2, view.Priority);
        Assert.Equal(IncidentStatus.New, view.Status);
        Assert.Equal($"/api/incidents/{view.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Equal(view.CreatedAt + TimeSpan.FromMinutes(30), view.Sla.Response.DueAt);
        Assert.Equal(view.CreatedAt + TimeSpan.FromHours(8), view.Sla.Resolution.DueAt);
    }

    [Fact]
    public async Task A_retried_create_with_the_same_idempotency_key_returns_the_same_incident()
    {
        var key = Guid.NewGuid().ToString();
        var first = await Http.CreateIncident(IncidentRequests.NewIncident(), key);
        var second = await Http.CreateIncident(IncidentRequests.NewIncident(), key);
        Assert.Equal(first.Id, second.Id);
        Assert.Equal(first.Number, second.Number);

        using var reused = await Send(HttpMethod.Post, "api/incidents", IncidentRequests.NewIncident(title: "Something else"), key);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
    }

    [Fact]
    public async Task An_incident_is_worked_from_new_to_closed_and_its_history_tells_the_story()
    {
        var view = await Http.CreateIncident(IncidentRequests.NewIncident(group: "messaging"));
        var id = view.Id;
        view = await Ok(Http.Send(HttpMethod.Post, $"api/incidents/{id}/assignment", new { assignee = "alice" }, "\"1\""));
        view = await Ok(Http.Send(HttpMethod.Post, $"api/incidents/{id}/transitions", new { to = "inProgress", version = view.Version }));
        view = await Ok(Http.Send(HttpMethod.Post, $"api/incidents/{id}/transitions", new { to = "onHold", holdReason = "awaitingVendor" }));
        Assert.Null(view.Sla.Resolution.DueAt);
        view = await Ok(Http.Send(HttpMethod.Post, $"api/incidents/{id}/transitions", new { to = "inProgress" }));
        using (var comment = await Http.Send(HttpMethod.Post, $"api/incidents/{id}/comments", new { text = "Vendor replaced the relay", visibility = "workNote" }))
        {
            Assert.Equal(HttpStatusCode.Created, comment.StatusCode);
        }

        view = await Ok(Http.Send(HttpMethod.Post, $"api/incidents/{id}/transitions",
            new { to = "resolved", resolutionCode = "solvedPermanently", resolutionNotes = "Relay replaced" }));
        view = await Ok(Http.Send(HttpMethod.Post, $"api/incidents/{id}/transitions", new { to = "closed" }));

        Assert.Equal(IncidentStatus.Closed, view.Status);
        Assert.Empty(view.AllowedTransitions);
        var history = await Http.GetFromJsonAsync<List<HistoryEntry>>($"api/incidents/{id}/history", WireJson.Options);
        Assert.Equal(
            [HistoryKind.Created, HistoryKind.Assigned, HistoryKind.StatusChanged, HistoryKind.StatusChanged, HistoryKind.StatusChanged,
             HistoryKind.WorkNoteAdded, HistoryKind.StatusChanged, HistoryKind.StatusChanged],
            history!.Where(h => h.Kind != HistoryKind.SlaThresholdReached).Select(h => h.Kind));
        var comments = await Http.GetFromJsonAsync<List<Comment>>($"api/incidents/{id}/comments", WireJson.Options);
        Assert.Equal("Vendor replaced the relay", Assert.Single(comments!).Text);
    }

    [Fact]
    public async Task A_stale_if_match_gets_409_with_the_current_state_and_changes_nothing()
    {
        var view = await Http.CreateIncident(IncidentRequests.NewIncident());
        await Ok(Http.Send(HttpMethod.Post, $"api/incidents/{view.Id}/assignment", new { assignee = "alice" }, "\"1\""));

        using var stale = await Http.Send(HttpMethod.Post, $"api/incidents/{view.Id}/assignment", new { assignee = "carol" }, "\"1\"");

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        var problem = await stale.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, problem.GetProperty("currentVersion").GetInt32());
        Assert.Equal("alice", problem.GetProperty("current").GetProperty("assignee").GetString());
    }

    [Fact]
    public async Task A_forbidden_transition_gets_409_listing_the_allowed_ones()
    {
        var view = await Http.CreateIncident(IncidentRequests.NewIncident());
        using var response = await Http.Send(HttpMethod.Post, $"api/incidents/{view.Id}/transitions", new { to = "closed" });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["assigned", "inProgress", "cancelled"], problem.GetProperty("allowed").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task The_list_filters_by_status_priority_service_and_group_and_pages_by_cursor()
    {
        var group = await app.NewGroup("list");
        var service = await app.NewService("crm");
        for (var i = 0; i < 5; i++)
        {
            await Http.CreateIncident(IncidentRequests.NewIncident(title: $"Item {i}", group: group, impact: i < 2 ? "high" : "low", urgency: "high", service: service));
        }

        var p1 = await Http.GetFromJsonAsync<JsonElement>($"api/incidents?assignmentGroup={group}&priority=P1&status=new");
        Assert.Equal(2, p1.GetProperty("items").GetArrayLength());

        var firstPage = await Http.GetFromJsonAsync<JsonElement>($"api/incidents?assignmentGroup={group}&service={service}&limit=3");
        Assert.Equal(["Item 4", "Item 3", "Item 2"], firstPage.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
        var cursor = firstPage.GetProperty("nextCursor").GetString();
        var secondPage = await Http.GetFromJsonAsync<JsonElement>($"api/incidents?assignmentGroup={group}&limit=3&after={cursor}");
        Assert.Equal(["Item 1", "Item 0"], secondPage.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
        Assert.Equal(JsonValueKind.Null, secondPage.GetProperty("nextCursor").ValueKind);
    }

    [Fact]
    public async Task Incidents_are_found_by_the_numbers_people_quote_in_any_case()
    {
        var first = await Http.CreateIncident(IncidentRequests.NewIncident(title: "Quoted first"));
        await Http.CreateIncident(IncidentRequests.NewIncident(title: "Not asked for"));
        var third = await Http.CreateIncident(IncidentRequests.NewIncident(title: "Quoted third"));

        var found = await Http.GetFromJsonAsync<JsonElement>($"api/incidents?number={first.Number.ToLowerInvariant()},{third.Number}");
        Assert.Equal([third.Number, first.Number], found.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("number").GetString()));

        using var tooLong = await Http.GetAsync($"api/incidents?number={new string('9', 300)}");
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("number", (await tooLong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    [Fact]
    public async Task An_unknown_incident_is_a_404_problem()
    {
        using var response = await Http.GetAsync($"api/incidents/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private Task<HttpResponseMessage> Send(HttpMethod method, string path, object body, string key)
    {
        var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return Http.SendAsync(request);
    }

    private static async Task<IncidentView> Ok(Task<HttpResponseMessage> call)
    {
        using var response = await call;
        await response.EnsureStatus(HttpStatusCode.OK);
        return await response.Read();
    }
}
