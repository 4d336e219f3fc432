namespace ItsmOrleans.Web.Tests.Security;

/// <summary>
/// The listings the pages added (integration keys, groups with their members, who is on call, the priority matrix):
/// each answers only the roles its page is for, and what it carries (whole routing keys, staff names) reaches no one else.
/// </summary>
[Collection(WebAppTests.Name)]
public class NewListingExposureTests(WebAppFixture app)
{
    [Theory]
    [InlineData("api/integrations", "admin")]
    [InlineData("api/groups", "agent,noc,change-manager,admin")]
    [InlineData("api/on-call", "agent,noc,change-manager,admin")]
    [InlineData("api/incidents/priority-matrix", "requester,agent,noc,admin")]
    public async Task A_listing_answers_the_roles_it_is_for_and_refuses_the_others(string path, string allowed)
    {
        foreach (var role in new[] { "requester", "agent", "noc", "change-manager", "admin" })
        {
            using var http = app.CreateHttp(await Accounts.CreateApiKey(app, role));
            using var response = await http.GetAsync(path);
            Assert.True(
                response.StatusCode == (allowed.Split(',').Contains(role) ? HttpStatusCode.OK : HttpStatusCode.Forbidden),
                $"{role} reading {path} got {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Whole_routing_keys_and_staff_names_reach_only_the_roles_that_may_read_them()
    {
        var (routingKey, _) = await Integrations.Define(app.Http, "Listing probe");
        var (member, _) = await Accounts.CreateUser(app, "agent", $"probe-{Guid.NewGuid():N}"[..14]);

        using var admin = app.CreateHttp(await Accounts.CreateApiKey(app, "admin"));
        Assert.Contains(routingKey, await admin.GetStringAsync("api/integrations"), StringComparison.Ordinal);
        using var noc = app.CreateHttp(await Accounts.CreateApiKey(app, "noc"));
        Assert.Contains(member, await noc.GetStringAsync("api/groups"), StringComparison.Ordinal);

        foreach (var role in new[] { "requester", "agent", "noc", "change-manager" })
        {
            using var http = app.CreateHttp(await Accounts.CreateApiKey(app, role));
            using var keys = await http.GetAsync("api/integrations");
            Assert.DoesNotContain(routingKey, await keys.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var requester = app.CreateHttp(await Accounts.CreateApiKey(app, "requester"));
        using var groups = await requester.GetAsync("api/groups");
        Assert.DoesNotContain(member, await groups.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
