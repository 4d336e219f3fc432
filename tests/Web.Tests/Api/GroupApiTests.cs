namespace ItsmOrleans.Web.Tests.Api;

/// <summary>GET /api/groups: the assignment groups with the people in them, for choosing whom a ticket goes to.</summary>
[Collection(WebAppTests.Name)]
public class GroupApiTests(WebAppFixture app)
{
    [Fact]
    public async Task An_agent_reads_each_group_with_its_members_and_a_disabled_account_is_not_a_member()
    {
        var group = $"dba-{Guid.NewGuid():N}"[..12];
        var (ann, _) = await Accounts.CreateUser(app, "agent", group);
        var (bob, _) = await Accounts.CreateUser(app, "agent", group, "other-" + group);
        var (gone, _) = await Accounts.CreateUser(app, "agent", group);
        using (var disabled = await app.Http.Send(HttpMethod.Patch, $"api/admin/users/{gone}", new { disabled = true }))
        {
            await disabled.EnsureStatus(HttpStatusCode.OK);
        }

        var agent = await Accounts.CreateApiKey(app, "agent");
        using var client = new HttpClient { BaseAddress = app.BaseAddress };
        client.DefaultRequestHeaders.Add("X-Api-Key", agent);
        var groups = await client.GetFromJsonAsync<JsonElement>("api/groups");

        var listed = groups.EnumerateArray().Single(g => g.GetProperty("id").GetString() == group);
        Assert.Equal(group, listed.GetProperty("name").GetString());
        Assert.Equal(new[] { ann, bob }.Order(), listed.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("userName").GetString()!));
        Assert.Contains(groups.EnumerateArray(), g => g.GetProperty("name").GetString() == "other-" + group);
    }

    [Fact]
    public async Task A_requester_may_not_read_the_groups()
    {
        var requester = await Accounts.CreateApiKey(app, "requester");
        using var client = new HttpClient { BaseAddress = app.BaseAddress };
        client.DefaultRequestHeaders.Add("X-Api-Key", requester);

        using var answer = await client.GetAsync("api/groups");

        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
    }
}
