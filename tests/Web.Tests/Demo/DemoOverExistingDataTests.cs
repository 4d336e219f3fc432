using ItsmOrleans.Web.Demo;

namespace ItsmOrleans.Web.Tests.Demo;

/// <summary>--Demo=true on a database that already holds data adds nothing to it.</summary>
[Collection(DemoOverDataTests.Name)]
public class DemoOverExistingDataTests(DemoHostsOverData hosts)
{
    [Fact]
    public async Task A_database_holding_a_service_is_not_seeded()
    {
        Assert.Equal(DemoSeedOutcome.DatabaseHasData, hosts.Start.Outcome);
        var services = await hosts.App.Http.GetFromJsonAsync<JsonElement>("api/services");
        Assert.Equal(DemoHostsOverData.OwnService, Assert.Single(services.EnumerateArray()).GetProperty("id").GetString());
        var incidents = await hosts.App.Http.GetFromJsonAsync<JsonElement>("api/incidents");
        Assert.Equal(0, incidents.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task No_demo_account_is_made_in_a_database_holding_data()
    {
        using var response = await hosts.App.Http.GetAsync("api/admin/users/demo-admin");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
