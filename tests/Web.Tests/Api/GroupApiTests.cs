using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ItsmOrleans.Web.Tests.Infrastructure;

namespace ItsmOrleans.Web.Tests.Api;

[Collection(WebAppTests.Name)]
public class GroupApiTests(WebAppFixture app)
{
    [Fact]
    public async Task The_groups_of_accounts_and_services_are_listed_for_admins_only()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await Accounts.CreateUser(app, "agent", $"desk-{suffix}");
        using (var defined = await app.Http.PutAsJsonAsync($"api/services/svc-{suffix}", new { name = "Grouped", kind = "technical", supportGroup = $"Storage-{suffix}" }))
        {
            await defined.EnsureStatus(HttpStatusCode.OK);
        }

        var groups = (await app.Http.GetFromJsonAsync<JsonElement>("api/groups")).EnumerateArray().Select(g => g.GetProperty("name").GetString()).ToList();
        using var agent = app.CreateHttp(await Accounts.CreateApiKey(app, "agent"));
        using var refused = await agent.GetAsync("api/groups");

        Assert.Contains($"desk-{suffix}", groups);
        Assert.Contains($"Storage-{suffix}", groups);
        Assert.Equal(groups.Order(StringComparer.OrdinalIgnoreCase), groups);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}
