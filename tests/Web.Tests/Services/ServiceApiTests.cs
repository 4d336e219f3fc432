namespace ItsmOrleans.Web.Tests.Services;

[Collection(WebAppTests.Name)]
public class ServiceApiTests(WebAppFixture app)
{
    private static string NewId(string name) => $"{name}-{Guid.NewGuid():N}"[..18];

    private async Task Define(string id, string name)
    {
        using var response = await app.Http.PutAsJsonAsync($"api/services/{id}", new { name, kind = "technical", criticality = 1, supportGroup = "platform" });
        await response.EnsureStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Services_are_defined_linked_and_listed_with_their_live_health()
    {
        var db = NewId("db");
        var api = NewId("api");
        await Define(db, "Orders database");
        await Define(api, "Orders API");
        using (var linked = await app.Http.PutAsync($"api/services/{api}/dependencies/{db}", null))
        {
            await linked.EnsureStatus(HttpStatusCode.OK);
        }

        await app.Http.CreateIncident(IncidentRequests.NewIncident(title: "Replica lag 20 min", service: db, impact: "high", urgency: "high"));

        var row = await Eventually.Get(async () =>
        {
            var services = await app.Http.GetFromJsonAsync<JsonElement>("api/services");
            var found = services.EnumerateArray().FirstOrDefault(s => s.GetProperty("id").GetString() == api);
            return found.ValueKind == JsonValueKind.Object && found.GetProperty("health").GetProperty("status").GetString() == "degraded" ? (object)found : null;
        }, TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(50), "the API's degraded health in the list");
        var cause = ((JsonElement)row).GetProperty("health").GetProperty("cause");
        Assert.Equal(db, cause.GetProperty("serviceId").GetString());
        Assert.Equal("majorOutage", cause.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_cycle_is_a_400_naming_the_dependency_and_the_path()
    {
        var a = NewId("a");
        var b = NewId("b");
        await Define(a, "A");
        await Define(b, "B");
        (await app.Http.PutAsync($"api/services/{a}/dependencies/{b}", null)).Dispose();

        using var refused = await app.Http.PutAsync($"api/services/{b}/dependencies/{a}", null);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains($"{b} → {a} → {b}", problem.GetProperty("errors").GetProperty("dependsOn")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Not_A_Slug")]
    [InlineData("-leading")]
    public async Task A_malformed_service_id_is_a_400(string id)
    {
        using var response = await app.Http.PutAsJsonAsync($"api/services/{id}", new { name = "x", kind = "business", criticality = 1 });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Only_admins_define_services()
    {
        using var agent = app.CreateHttp(await Accounts.CreateApiKey(app, "agent"));
        using var response = await agent.PutAsJsonAsync($"api/services/{NewId("x")}", new { name = "x", kind = "business", criticality = 1 });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
