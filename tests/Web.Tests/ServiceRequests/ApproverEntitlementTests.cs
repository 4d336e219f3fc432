namespace ItsmOrleans.Web.Tests.ServiceRequests;

/// <summary>
/// Who may approve a request that needs the requester's manager: the manager an administrator recorded on the
/// requester's account, or a change manager or admin; never a name the requester typed, and never the requester.
/// </summary>
[Collection(WebAppTests.Name)]
public class ApproverEntitlementTests(WebAppFixture app)
{
    private static readonly string[] Tasks = ["Order", "Hand over"];

    private async Task<string> ManagerApprovedItem()
    {
        var id = $"phone-{Guid.NewGuid():N}"[..14];
        using var defined = await app.Http.PutAsJsonAsync($"api/catalog/{id}", new
        {
            name = "Mobile phone",
            category = "Hardware",
            fields = Array.Empty<object>(),
            approval = new { kind = "manager" },
            tasks = Tasks,
            fulfilmentGroup = "desktop",
        });
        await defined.EnsureStatus(HttpStatusCode.OK);
        return id;
    }

    private async Task<HttpClient> SignedIn(string userName, string password)
    {
        var (client, answer) = await Accounts.SignIn(app, userName, password);
        answer.Dispose();
        return client;
    }

    private static async Task<JsonElement> Submitted(HttpClient requester, string itemId)
    {
        using var submitted = await requester.PostAsJsonAsync("api/requests", new { itemId, answers = new { } });
        await submitted.EnsureStatus(HttpStatusCode.Created);
        return await submitted.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static Task<HttpResponseMessage> Approve(HttpClient approver, JsonElement request) =>
        approver.PostAsJsonAsync($"api/requests/{request.GetProperty("id").GetString()}/approvals", new { decision = "approve" });

    [Fact]
    public async Task A_requester_naming_a_manager_on_a_request_is_refused_naming_the_field()
    {
        var item = await ManagerApprovedItem();
        var (accomplice, _) = await Accounts.CreateUser(app, "requester");
        using var requester = app.CreateHttp(await Accounts.CreateApiKey(app, "requester"));

        using var refused = await requester.PostAsJsonAsync("api/requests", new { itemId = item, answers = new { }, manager = accomplice });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("manager", out _));
    }

    [Fact]
    public async Task A_second_requester_cannot_approve_a_request_and_its_requester_cannot_either_but_the_recorded_manager_can()
    {
        var item = await ManagerApprovedItem();
        var (manager, managerPassword) = await Accounts.CreateUser(app, "requester");
        var (rita, ritaPassword) = await Accounts.CreateUser(app, "requester");
        var (other, otherPassword) = await Accounts.CreateUser(app, "requester");
        await Accounts.RecordManager(app, rita, manager);
        using var ritaSession = await SignedIn(rita, ritaPassword);
        using var otherSession = await SignedIn(other, otherPassword);
        using var managerSession = await SignedIn(manager, managerPassword);

        var request = await Submitted(ritaSession, item);
        Assert.Equal([manager], request.GetProperty("approvers").EnumerateArray().Select(a => a.GetString()));

        // A request the caller may not see answers 404, as everywhere in the API: its existence is not revealed.
        using (var second = await Approve(otherSession, request))
        {
            Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        }

        using (var own = await Approve(ritaSession, request))
        {
            Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
            Assert.Contains("own request", (await own.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        using var approved = await Approve(managerSession, request);
        await approved.EnsureStatus(HttpStatusCode.OK);
        Assert.Equal("inFulfilment", (await approved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_manager_replaced_by_an_admin_is_refused_with_403_on_a_waiting_request_they_can_still_see()
    {
        var item = await ManagerApprovedItem();
        var (former, formerPassword) = await Accounts.CreateUser(app, "requester");
        var (current, _) = await Accounts.CreateUser(app, "requester");
        var (rita, ritaPassword) = await Accounts.CreateUser(app, "requester");
        await Accounts.RecordManager(app, rita, former);
        using var ritaSession = await SignedIn(rita, ritaPassword);
        var request = await Submitted(ritaSession, item);

        await Accounts.RecordManager(app, rita, current);
        using var formerSession = await SignedIn(former, formerPassword);

        using (var seen = await formerSession.GetAsync($"api/requests/{request.GetProperty("id").GetString()}"))
        {
            await seen.EnsureStatus(HttpStatusCode.OK);
        }

        using var refused = await Approve(formerSession, request);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task Without_a_recorded_manager_a_change_manager_approves_and_an_agent_may_not()
    {
        var item = await ManagerApprovedItem();
        var (rita, ritaPassword) = await Accounts.CreateUser(app, "requester");
        using var ritaSession = await SignedIn(rita, ritaPassword);
        var request = await Submitted(ritaSession, item);
        Assert.Empty(request.GetProperty("approvers").EnumerateArray());
        Assert.Equal(["change-manager", "admin"], request.GetProperty("approvingRoles").EnumerateArray().Select(r => r.GetString()));

        using var agent = app.CreateHttp(await Accounts.CreateApiKey(app, "agent"));
        using (var refused = await Approve(agent, request))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        using var changeManager = app.CreateHttp(await Accounts.CreateApiKey(app, "change-manager"));
        using var approved = await Approve(changeManager, request);
        await approved.EnsureStatus(HttpStatusCode.OK);
        Assert.Equal("inFulfilment", (await approved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }
}
