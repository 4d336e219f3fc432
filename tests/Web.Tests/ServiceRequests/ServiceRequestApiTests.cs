namespace ItsmOrleans.Web.Tests.ServiceRequests;

[Collection(WebAppTests.Name)]
public class ServiceRequestApiTests(WebAppFixture app)
{
    private static readonly string[] Models = ["standard", "developer"];
    private static readonly string[] Tasks = ["Order", "Hand over"];
    private static readonly string[] VpnTasks = ["Create the account", "Send the profile"];

    [Fact]
    public async Task A_requester_asks_for_a_catalogue_item_an_approver_approves_and_the_desk_fulfils_it()
    {
        var id = $"laptop-{Guid.NewGuid():N}"[..14];
        var (approver, password) = await Accounts.CreateUser(app, "requester");
        using (var defined = await app.Http.PutAsJsonAsync($"api/catalog/{id}", new
        {
            name = "New laptop",
            category = "Hardware",
            fields = new[] { new { name = "model", label = "Model", type = "choice", required = true, choices = Models } },
            approval = new { kind = "named", approvers = new[] { approver } },
            tasks = Tasks,
            fulfilmentGroup = "desktop",
        }))
        {
            await defined.EnsureStatus(HttpStatusCode.OK);
        }

        using var requester = app.CreateHttp(await Accounts.CreateApiKey(app, "requester"));
        using (var bad = await requester.PostAsJsonAsync("api/requests", new { itemId = id, answers = new { model = "gaming" } }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("answers.model", out _));
        }

        using var submitted = await requester.PostAsJsonAsync("api/requests", new { itemId = id, answers = new { model = "developer" } });
        await submitted.EnsureStatus(HttpStatusCode.Created);
        var request = await submitted.Content.ReadFromJsonAsync<JsonElement>();
        var requestId = request.GetProperty("id").GetString();
        Assert.Equal("waitingForApproval", request.GetProperty("status").GetString());

        var mine = await requester.GetFromJsonAsync<JsonElement>("api/requests");
        Assert.Contains(mine.EnumerateArray(), r => r.GetProperty("id").GetString() == requestId);

        var (approvals, _) = await Accounts.SignIn(app, approver, password);
        using (approvals)
        using (var approved = await approvals.PostAsJsonAsync($"api/requests/{requestId}/approvals", new { decision = "approve" }))
        {
            await approved.EnsureStatus(HttpStatusCode.OK);
            Assert.Equal("inFulfilment", (await approved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        }

        foreach (var task in new[] { 1, 2 })
        {
            using var done = await app.Http.PostAsJsonAsync($"api/requests/{requestId}/tasks/{task}/completion", new { notes = "done" });
            await done.EnsureStatus(HttpStatusCode.OK);
        }

        var fulfilled = await requester.GetFromJsonAsync<JsonElement>($"api/requests/{requestId}");
        Assert.Equal("fulfilled", fulfilled.GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_fulfilment_queue_shows_open_tasks_for_a_group_and_an_assignee_until_they_are_done()
    {
        var id = $"vpn-{Guid.NewGuid():N}"[..12];
        var group = $"network-{Guid.NewGuid():N}"[..16];
        using (var defined = await app.Http.PutAsJsonAsync($"api/catalog/{id}", new
        {
            name = "VPN access",
            category = "Access",
            fields = Array.Empty<object>(),
            approval = new { kind = "none" },
            tasks = VpnTasks,
            fulfilmentGroup = group,
        }))
        {
            await defined.EnsureStatus(HttpStatusCode.OK);
        }

        using var submitted = await app.Http.PostAsJsonAsync("api/requests", new { itemId = id, answers = new { } });
        await submitted.EnsureStatus(HttpStatusCode.Created);
        var requestId = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var queue = await app.Http.GetFromJsonAsync<JsonElement>($"api/requests/tasks?assignmentGroup={group}");
        Assert.Equal(VpnTasks, queue.EnumerateArray().Select(t => t.GetProperty("task").GetProperty("title").GetString()));

        using (var taken = await app.Http.PostAsJsonAsync($"api/requests/{requestId}/tasks/2/assignment", new { assignee = "nina" }))
        {
            await taken.EnsureStatus(HttpStatusCode.OK);
        }

        var nina = await app.Http.GetFromJsonAsync<JsonElement>($"api/requests/tasks?assignmentGroup={group}&assignee=nina");
        Assert.Equal([2], nina.EnumerateArray().Select(t => t.GetProperty("task").GetProperty("number").GetInt32()));

        using (var done = await app.Http.PostAsJsonAsync($"api/requests/{requestId}/tasks/1/completion", new { notes = "account created" }))
        {
            await done.EnsureStatus(HttpStatusCode.OK);
        }

        var left = await app.Http.GetFromJsonAsync<JsonElement>($"api/requests/tasks?assignmentGroup={group}");
        Assert.Equal([2], left.EnumerateArray().Select(t => t.GetProperty("task").GetProperty("number").GetInt32()));

        using var requester = app.CreateHttp(await Accounts.CreateApiKey(app, "requester"));
        using var forbidden = await requester.GetAsync("api/requests/tasks");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        using var tooLong = await app.Http.GetAsync($"api/requests/tasks?assignee={new string('x', 500)}");
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
    }
}
