using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Web.Tests.Api;

/// <summary>
/// A requester answers the resolution of their own incident: confirming closes it, reopening (with a reason) puts it
/// back in progress. Only their own, only when resolved; versioned and idempotent like every incident change.
/// </summary>
[Collection(WebAppTests.Name)]
public class ResolutionAnswerTests(WebAppFixture app)
{
    [Fact]
    public async Task A_requester_confirms_their_resolved_incident_and_it_closes_once_however_often_the_click_is_retried()
    {
        var (key, incident) = await ResolvedIncidentOfANewRequester();
        using var requester = app.CreateHttp(key);
        var once = Guid.NewGuid().ToString();

        var closed = await Answer(requester, incident.Id, "confirm", null, $"\"{incident.Version}\"", once);
        var retried = await Answer(requester, incident.Id, "confirm", null, $"\"{incident.Version}\"", once);

        Assert.Equal(IncidentStatus.Closed, closed.Status);
        Assert.NotNull(closed.ClosedAt);
        Assert.Equal(closed.Version, retried.Version);
        var history = (await app.Http.GetFromJsonAsync<List<HistoryEntry>>($"api/incidents/{incident.Id}/history", WireJson.Options))!;
        var confirmed = Assert.Single(history, h => h.Changes.Any(c => c.Field == "status" && c.New == "closed"));
        Assert.Equal("The requester confirmed the resolution.", confirmed.Note);
    }

    [Fact]
    public async Task A_requester_reopens_their_resolved_incident_with_a_reason_that_the_history_keeps()
    {
        var (key, incident) = await ResolvedIncidentOfANewRequester();
        using var requester = app.CreateHttp(key);

        var reopened = await Answer(requester, incident.Id, "reopen", new { reason = "The fan is loud again after an hour" });

        Assert.Equal(IncidentStatus.InProgress, reopened.Status);
        Assert.Null(reopened.ResolutionCode);
        Assert.Null(reopened.ResolvedAt);
        var history = (await requester.GetFromJsonAsync<List<HistoryEntry>>($"api/incidents/{incident.Id}/history", WireJson.Options))!;
        Assert.Equal("The fan is loud again after an hour", history[^1].Note);
    }

    [Fact]
    public async Task Reopening_without_a_reason_is_refused_and_changes_nothing()
    {
        var (key, incident) = await ResolvedIncidentOfANewRequester();
        using var requester = app.CreateHttp(key);

        using var refused = await requester.Send(HttpMethod.Post, $"api/incidents/{incident.Id}/reopen", new { reason = "  " });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(IncidentStatus.Resolved, (await requester.GetFromJsonAsync<IncidentView>($"api/incidents/{incident.Id}", WireJson.Options))!.Status);
    }

    [Fact]
    public async Task Only_a_resolved_incident_is_confirmed_or_reopened()
    {
        var (key, incident) = await IncidentOfANewRequester();
        using var requester = app.CreateHttp(key);

        using var confirm = await requester.Send(HttpMethod.Post, $"api/incidents/{incident.Id}/confirm", null);
        using var reopen = await requester.Send(HttpMethod.Post, $"api/incidents/{incident.Id}/reopen", new { reason = "Still broken" });

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (confirm.StatusCode, reopen.StatusCode));
        Assert.Contains("only a resolved incident", (await confirm.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_requesters_incident_is_not_found_and_the_service_desk_is_sent_to_transitions()
    {
        var (_, incident) = await ResolvedIncidentOfANewRequester();
        using var stranger = app.CreateHttp(await Accounts.CreateNamedApiKey(app, $"stranger-{Guid.NewGuid():N}"[..20], "requester"));
        using var agent = app.CreateHttp(await Accounts.CreateApiKey(app, "agent"));

        using var strangers = await stranger.Send(HttpMethod.Post, $"api/incidents/{incident.Id}/confirm", null);
        using var agents = await agent.Send(HttpMethod.Post, $"api/incidents/{incident.Id}/reopen", new { reason = "Looks broken to me" });

        Assert.Equal(HttpStatusCode.NotFound, strangers.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, agents.StatusCode);
        Assert.Equal(IncidentStatus.Resolved, (await app.Http.GetFromJsonAsync<IncidentView>($"api/incidents/{incident.Id}", WireJson.Options))!.Status);
    }

    [Fact]
    public async Task A_confirmation_from_before_the_desk_reopened_the_incident_is_a_conflict()
    {
        var (key, incident) = await ResolvedIncidentOfANewRequester();
        using var requester = app.CreateHttp(key);
        using (var reopened = await app.Http.Send(HttpMethod.Post, $"api/incidents/{incident.Id}/transitions", new { to = "inProgress" }))
        {
            await reopened.EnsureStatus(HttpStatusCode.OK);
        }

        using var stale = await requester.Send(HttpMethod.Post, $"api/incidents/{incident.Id}/confirm", null, $"\"{incident.Version}\"");

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(IncidentStatus.InProgress, (await app.Http.GetFromJsonAsync<IncidentView>($"api/incidents/{incident.Id}", WireJson.Options))!.Status);
    }

    /// <returns>The requester's API key and the incident they raised.</returns>
    private async Task<(string Key, IncidentView Incident)> IncidentOfANewRequester()
    {
        var key = await Accounts.CreateNamedApiKey(app, $"rq-{Guid.NewGuid():N}"[..20], "requester");
        using var requester = app.CreateHttp(key);
        return (key, await requester.CreateIncident(new { title = "Laptop fan is loud", description = "Since Monday", impact = "low", urgency = "low" }));
    }

    private async Task<(string Key, IncidentView Incident)> ResolvedIncidentOfANewRequester()
    {
        var (key, incident) = await IncidentOfANewRequester();
        await Desk(incident.Id, "assignment", new { assignee = "alice" });
        await Desk(incident.Id, "transitions", new { to = "inProgress" });
        return (key, await Desk(incident.Id, "transitions", new { to = "resolved", resolutionCode = "solvedPermanently", resolutionNotes = "Replaced the fan" }));
    }

    private async Task<IncidentView> Desk(Guid id, string action, object body)
    {
        using var response = await app.Http.Send(HttpMethod.Post, $"api/incidents/{id}/{action}", body);
        await response.EnsureStatus(HttpStatusCode.OK);
        return await response.Read();
    }

    private static async Task<IncidentView> Answer(HttpClient requester, Guid id, string answer, object? body, string? ifMatch = null, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/incidents/{id}/{answer}") { Content = body is null ? null : JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        using var response = await requester.SendAsync(request);
        await response.EnsureStatus(HttpStatusCode.OK);
        return await response.Read();
    }
}
