namespace ItsmOrleans.Web.Tests.Security;

[Collection(WebAppTests.Name)]
public class IncidentAccessTests(WebAppFixture app)
{
    [Fact]
    public async Task A_requester_lists_and_opens_only_their_own_incidents_and_others_do_not_exist_for_them()
    {
        using var rita = app.CreateHttp(await Accounts.CreateApiKey(app, "requester"));
        var mine = await rita.CreateIncident(IncidentRequests.NewIncident(title: "My laptop", requester: null));
        var someoneElses = await app.Http.CreateIncident(IncidentRequests.NewIncident(title: "The CEO's laptop"));

        var listed = await rita.GetFromJsonAsync<JsonElement>("api/incidents?limit=200");
        Assert.Equal([mine.Id], listed.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal(HttpStatusCode.OK, (await rita.GetAsync($"api/incidents/{mine.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await rita.GetAsync($"api/incidents/{someoneElses.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await rita.GetAsync($"api/incidents/{someoneElses.Id}/history")).StatusCode);
    }

    [Fact]
    public async Task The_noc_watches_reads_and_raises_incidents_but_may_not_change_one()
    {
        using var noc = app.CreateHttp(await Accounts.CreateApiKey(app, "noc"));
        var incident = await app.Http.CreateIncident(IncidentRequests.NewIncident());

        Assert.Equal(HttpStatusCode.OK, (await noc.GetAsync($"api/incidents/{incident.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await noc.PostAsJsonAsync("api/incidents", IncidentRequests.NewIncident())).StatusCode);
        using var assigned = await noc.PostAsJsonAsync("api/incidents", IncidentRequests.NewIncident(assignee: "alice"));
        Assert.Equal(HttpStatusCode.Forbidden, assigned.StatusCode);
        using var transition = await noc.Send(HttpMethod.Post, $"api/incidents/{incident.Id}/transitions", new { to = "cancelled" });
        Assert.Equal(HttpStatusCode.Forbidden, transition.StatusCode);
    }

    [Fact]
    public async Task An_agent_is_refused_an_incident_of_another_group_with_403_and_the_refusal_is_audited()
    {
        using var agent = app.CreateHttp(await Accounts.CreateApiKey(app, "agent", "desktop"));
        var networkIncident = await app.Http.CreateIncident(IncidentRequests.NewIncident(group: "network-ops"));

        using var refused = await agent.Send(HttpMethod.Post, $"api/incidents/{networkIncident.Id}/assignment", new { assignee = "me" });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var audit = await app.Http.GetFromJsonAsync<JsonElement>("api/admin/audit?limit=100");
        Assert.Contains(audit.EnumerateArray(), e => e.GetProperty("kind").GetString() == "permission-denied"
            && e.GetProperty("subject").GetString()!.Contains(networkIncident.Id.ToString(), StringComparison.Ordinal));
    }
}
