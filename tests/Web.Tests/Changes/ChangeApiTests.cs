using ItsmOrleans.Contracts.Changes;

namespace ItsmOrleans.Web.Tests.Changes;

[Collection(WebAppTests.Name)]
public class ChangeApiTests(WebAppFixture app)
{
    private readonly ChangeRequests _requests = new(app);

    [Fact]
    public async Task A_change_is_planned_submitted_and_authorised_over_http_and_its_etag_guards_edits()
    {
        var mail = await _requests.Service("mail");
        using var agent = await _requests.Caller("agent", "alice");
        using var manager = await _requests.Caller("change-manager", "carol");
        var change = await ChangeRequests.Create(agent, await _requests.Normal(mail, 22, 24));
        Assert.Equal(ChangeStatus.New, change.Status);

        using (var edited = await agent.Send(HttpMethod.Patch, $"api/changes/{change.Id}", new { title = "Patch all mail relays" }, $"\"{change.Version}\""))
        {
            await edited.EnsureStatus(HttpStatusCode.OK);
            Assert.Equal($"\"{change.Version + 1}\"", edited.Headers.ETag?.Tag);
        }

        using (var stale = await agent.Send(HttpMethod.Patch, $"api/changes/{change.Id}", new { title = "Something else" }, $"\"{change.Version}\""))
        {
            Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
            var problem = await stale.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("Patch all mail relays", problem.GetProperty("current").GetProperty("title").GetString());
        }

        await ChangeRequests.Move(agent, change, new { to = "assess" });
        change = await ChangeRequests.Move(agent, change, new { to = "authorize" });
        Assert.Equal(RiskLevel.Low, change.Risk!.Level);

        using (var agentVote = await agent.PostAsJsonAsync($"api/changes/{change.Id}/votes", new { vote = "approve" }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, agentVote.StatusCode);
        }

        using var vote = await manager.PostAsJsonAsync($"api/changes/{change.Id}/votes", new { vote = "approve", comment = "Routine" });
        await vote.EnsureStatus(HttpStatusCode.OK);
        Assert.Equal(ChangeStatus.Scheduled, (await ChangeRequests.Read(vote)).Status);
    }

    public static TheoryData<string, string> BadBodies() => new()
    {
        { """{ "title": "x" }""", "type" },
        { """{ "type": "sideways", "title": "x" }""", "type" },
        { """{ "type": "normal", "title": "x", "window": { "start": "2030-01-02T00:00:00Z", "end": "2030-01-01T00:00:00Z" } }""", "window" },
        { """{ "type": "normal", "title": "x", "window": { "start": "2030-01-01T00:00:00Z" } }""", "window" },
        { """{ "type": "normal", "title": "x", "riskAnswers": { "complexity": "huge", "testedBeforehand": true, "backoutTested": true, "outageRequired": false, "usersAffected": "all" } }""", "riskAnswers.complexity" },
        { """{ "type": "normal", "title": "x", "riskAnswers": { "complexity": "low" } }""", "riskAnswers.testedBeforehand" },
        { """{ "type": "standard", "title": "x" }""", "templateId" },
        { """{ "type": "normal", "title": "x", "serviceId": "Not A Service" }""", "serviceId" },
        { """{ "type": "normal", "title": "x", "alternatives": [ { "description": "Do nothing" } ] }""", "alternatives[0].whyRejected" },
        { """{ "type": "normal", "title": "x", "colour": "red" }""", "colour" },
        { """{ "type": "normal", "title": "x", "window": { "start": "yesterday", "end": "today" } }""", "window.start" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Bad_change_input_is_a_400_naming_the_field(string body, string field)
    {
        using var response = await app.Http.PostAsync("api/changes", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"no error for {field}: {problem}");
    }

    [Fact]
    public async Task A_change_on_a_service_nobody_defined_is_a_400()
    {
        using var response = await app.Http.PostAsJsonAsync("api/changes", await _requests.Normal($"ghost-{_requests.Suffix}", 1, 2));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Overlapping_changes_show_the_conflict_and_submitting_needs_an_override_reason()
    {
        var mail = await _requests.Service("mail");
        var first = await ChangeRequests.Create(app.Http, await _requests.Normal(mail, 22, 24, "erin"));
        var second = await ChangeRequests.Create(app.Http, await _requests.Normal(mail, 23, 25, "frank"));
        Assert.Equal(first.Number, Assert.Single(second.Conflicts).Subject);

        await ChangeRequests.Move(app.Http, second, new { to = "assess" });
        using (var refused = await app.Http.PostAsJsonAsync($"api/changes/{second.Id}/transitions", new { to = "authorize" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Contains(first.Number, problem.GetProperty("errors").GetProperty("overrideReason")[0].GetString(), StringComparison.Ordinal);
        }

        var submitted = await ChangeRequests.Move(app.Http, second, new { to = "authorize", overrideReason = "Both only restart services" });
        Assert.Empty(submitted.UnresolvedConflicts);
        Assert.Equal("Both only restart services", submitted.Override!.Reason);
    }

    [Fact]
    public async Task The_calendar_lists_the_changes_and_freezes_of_a_range_and_refuses_a_bad_range()
    {
        var mail = await _requests.Service("mail");
        using var manager = await _requests.Caller("change-manager", "carol");
        var day = _requests.Day;
        using (var freeze = await manager.PutAsJsonAsync($"api/change-catalog/freezes/holidays-{_requests.Suffix}",
            new { name = "Holidays", start = day.AddDays(1), end = day.AddDays(3), serviceIds = new[] { mail } }))
        {
            await freeze.EnsureStatus(HttpStatusCode.OK);
        }

        var inside = await ChangeRequests.Create(app.Http, await _requests.Normal(mail, 10, 12));
        var frozen = await ChangeRequests.Create(app.Http, await _requests.Normal(mail, 30, 31, "frank"));
        await ChangeRequests.Create(app.Http, await _requests.Normal(mail, 24 * 10, 24 * 10 + 1, "gina"));
        Assert.Contains(frozen.Conflicts, c => c.Kind == ConflictKind.Freeze);

        using var noc = await _requests.Caller("noc", "nina");
        var query = $"from={Uri.EscapeDataString(day.ToString("O"))}&to={Uri.EscapeDataString(day.AddDays(5).ToString("O"))}&service={mail}";
        var calendar = await noc.GetFromJsonAsync<JsonElement>($"api/changes/calendar?{query}");
        Assert.Equal([inside.Number, frozen.Number], calendar.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("number").GetString()));
        Assert.Equal("Holidays", Assert.Single(calendar.GetProperty("freezes").EnumerateArray()).GetProperty("name").GetString());

        using var backwards = await noc.GetAsync($"api/changes/calendar?from={Uri.EscapeDataString(day.ToString("O"))}&to={Uri.EscapeDataString(day.AddDays(-1).ToString("O"))}");
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        using var missing = await noc.GetAsync("api/changes/calendar");
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
    }

    [Fact]
    public async Task An_incident_linked_as_caused_by_a_change_shows_the_change()
    {
        var mail = await _requests.Service("mail");
        var change = await ChangeRequests.Create(app.Http, await _requests.Normal(mail, 1, 2));
        var incident = await app.Http.CreateIncident(IncidentRequests.NewIncident(service: mail));

        using var linked = await app.Http.PostAsJsonAsync($"api/changes/{change.Id}/caused-incidents", new { incidentId = incident.Id });
        await linked.EnsureStatus(HttpStatusCode.OK);

        Assert.Equal(incident.Number, Assert.Single((await ChangeRequests.Read(linked)).CausedIncidents).Number);
        var reread = await app.Http.GetFromJsonAsync<JsonElement>($"api/incidents/{incident.Id}");
        Assert.Equal(change.Number, reread.GetProperty("causedByChange").GetProperty("number").GetString());
    }

    [Fact]
    public async Task A_change_outside_its_service_maintenance_windows_conflicts_and_a_bad_window_is_a_400()
    {
        var mail = await _requests.Service("mail");
        using (var bad = await app.Http.PutAsJsonAsync($"api/services/{mail}/maintenance-windows",
            new { weekly = new[] { new { day = "sunday", start = "02:00", duration = "04:00:00", timeZone = "Mars/Olympus" } } }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("weekly[0].timeZone", out _));
        }

        var day = _requests.Day;
        using (var set = await app.Http.PutAsJsonAsync($"api/services/{mail}/maintenance-windows",
            new { weekly = new[] { new { day = day.DayOfWeek.ToString(), start = "20:00", duration = "06:00:00", timeZone = "UTC" } } }))
        {
            await set.EnsureStatus(HttpStatusCode.OK);
            var service = await set.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(1, service.GetProperty("maintenance").GetProperty("weekly").GetArrayLength());
        }

        var inside = await ChangeRequests.Create(app.Http, await _requests.Normal(mail, 21, 23, "erin"));
        var outside = await ChangeRequests.Create(app.Http, await _requests.Normal(mail, 10, 11, "frank"));

        Assert.Empty(inside.Conflicts);
        Assert.Equal(ConflictKind.OutsideMaintenanceWindow, Assert.Single(outside.Conflicts).Kind);
    }
}
