using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Slas;

namespace ItsmOrleans.Web.Tests.Security;

/// <summary>What each role may set when it raises an incident: requesters describe it; routing, assignment and policy are the desk's.</summary>
[Collection(WebAppTests.Name)]
public class OverPostingTests(WebAppFixture app)
{
    [Theory]
    [InlineData("assignee", "ann")]
    [InlineData("assignmentGroup", "network")]
    [InlineData("slaPolicy", "standard")]
    [InlineData("requester", "somebody-else")]
    public async Task A_requester_naming_a_field_of_the_desk_is_refused_with_403_naming_it_and_nothing_is_raised(string field, string value)
    {
        var name = $"rita-{Guid.NewGuid():N}"[..16];
        using var requester = app.CreateHttp(await Accounts.CreateNamedApiKey(app, name, "requester"));
        var body = Describe("Laptop will not boot");
        body[field] = value;

        using var refused = await requester.PostAsJsonAsync("api/incidents", body);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal([field], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        var mine = await requester.GetFromJsonAsync<JsonElement>("api/incidents");
        Assert.Empty(mine.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task A_requester_raises_an_incident_for_themselves_on_a_service_with_their_own_impact_and_urgency()
    {
        var service = await DefineService();
        var name = $"rita-{Guid.NewGuid():N}"[..16];
        using var requester = app.CreateHttp(await Accounts.CreateNamedApiKey(app, name, "requester"));
        var body = Describe("VPN drops every hour");
        (body["serviceId"], body["requester"]) = (service, "key:" + name);

        var raised = await requester.CreateIncident(body);
        Assert.Equal(("key:" + name, service, IncidentStatus.New, null), (raised.Requester, raised.ServiceId, raised.Status, raised.Assignee));
        Assert.Equal((Impact.Low, Urgency.High), (raised.Impact, raised.Urgency));
    }

    [Theory]
    [InlineData("agent")]
    [InlineData("admin")]
    public async Task Agents_and_admins_raise_incidents_for_others_routed_assigned_and_on_a_chosen_policy(string role)
    {
        var (user, password) = await Accounts.CreateUser(app, role, "network");
        var (person, _) = await Accounts.SignIn(app, user, password);
        using (person)
        {
            var body = Describe("Core switch fan failure");
            (body["requester"], body["assignmentGroup"], body["assignee"], body["slaPolicy"]) = ("bob", "network", user, "standard");
            var raised = await person.CreateIncident(body);
            Assert.Equal(("bob", "network", user, IncidentStatus.Assigned), (raised.Requester, raised.AssignmentGroup, raised.Assignee, raised.Status));
            Assert.Equal(SlaClockState.Stopped, raised.Sla.Response.State);
        }
    }

    [Fact]
    public async Task Automation_raising_an_incident_already_assigned_leaves_the_response_clock_running_until_a_person_takes_it()
    {
        var (user, password) = await Accounts.CreateUser(app, "agent", "network");
        using var automation = app.CreateHttp(await Accounts.CreateApiKey(app, "agent", "network"));
        var body = Describe("Backup job failed on NAS 3");
        (body["requester"], body["assignmentGroup"], body["assignee"]) = ("monitoring", "network", user);

        var raised = await automation.CreateIncident(body);
        Assert.Equal((IncidentStatus.Assigned, user), (raised.Status, raised.Assignee));
        Assert.Equal(SlaClockState.Running, raised.Sla.Response.State);

        var (person, _) = await Accounts.SignIn(app, user, password);
        using (person)
        {
            using var taken = await person.PostAsync($"api/incidents/{raised.Id}/take", null);
            await taken.EnsureStatus(HttpStatusCode.OK);
            Assert.Equal(SlaClockState.Stopped, (await taken.Read()).Sla.Response.State);
        }
    }

    [Fact]
    public async Task A_requester_asks_for_catalogue_items_for_themselves_and_naming_someone_else_is_refused_while_an_agent_may()
    {
        var item = $"headset-{Guid.NewGuid():N}"[..20];
        await app.Http.DefineWithoutApproval(item, "Headset");

        var name = $"rita-{Guid.NewGuid():N}"[..16];
        using var requester = app.CreateHttp(await Accounts.CreateNamedApiKey(app, name, "requester"));
        using (var refused = await requester.PostAsJsonAsync("api/requests", new { itemId = item, requestedFor = "the-ceo" }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Equal(["requestedFor"], (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name));
        }

        using (var own = await requester.PostAsJsonAsync("api/requests", new { itemId = item, requestedFor = "key:" + name }))
        {
            await own.EnsureStatus(HttpStatusCode.Created);
        }

        using var agent = app.CreateHttp(await Accounts.CreateApiKey(app, "agent", "desktop"));
        using var forSomeone = await agent.PostAsJsonAsync("api/requests", new { itemId = item, requestedFor = "the-ceo" });
        await forSomeone.EnsureStatus(HttpStatusCode.Created);
        Assert.Equal("the-ceo", (await forSomeone.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("requestedFor").GetString());
    }

    private static Dictionary<string, object?> Describe(string title) =>
        new() { ["title"] = title, ["description"] = "Seen since this morning", ["impact"] = "low", ["urgency"] = "high" };

    private async Task<string> DefineService()
    {
        var service = $"svc-{Guid.NewGuid():N}"[..12];
        using var defined = await app.Http.PutAsJsonAsync($"api/services/{service}", new { name = "Remote access", kind = "technical", criticality = 2 });
        await defined.EnsureStatus(HttpStatusCode.OK);
        return service;
    }
}
