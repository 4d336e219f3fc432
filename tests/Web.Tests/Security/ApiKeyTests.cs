namespace ItsmOrleans.Web.Tests.Security;

[Collection(WebAppTests.Name)]
public class ApiKeyTests(WebAppFixture app)
{
    private static readonly string[] NetworkOps = ["network-ops"];

    [Fact]
    public async Task A_key_is_shown_once_works_with_its_role_and_stops_working_when_revoked()
    {
        using var created = await app.Http.PostAsJsonAsync("api/admin/api-keys", new { name = "zabbix", role = "agent", groups = NetworkOps });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var key = body.GetProperty("key").GetString()!;
        var id = body.GetProperty("apiKey").GetProperty("id").GetString()!;

        using var monitoring = app.CreateHttp(key);
        var view = await monitoring.CreateIncident(IncidentRequests.NewIncident(group: "network-ops"));
        Assert.Equal("key:zabbix", (await monitoring.GetFromJsonAsync<JsonElement>("api/me")).GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await monitoring.GetAsync("api/admin/api-keys")).StatusCode);

        var listed = await app.Http.GetStringAsync("api/admin/api-keys");
        Assert.DoesNotContain(key.Split('.')[1], listed, StringComparison.Ordinal);

        using var revoked = await app.Http.DeleteAsync($"api/admin/api-keys/{id}");
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await monitoring.GetAsync($"api/incidents/{view.Id}")).StatusCode);
    }

    [Theory]
    [InlineData("itsm_nosuch.0123456789012345678901234567890123456789")]
    [InlineData("not-a-key")]
    [InlineData("itsm_.x")]
    public async Task An_unknown_or_malformed_key_is_a_401_and_is_audited(string key)
    {
        using var stranger = app.CreateHttp(key);
        Assert.Equal(HttpStatusCode.Unauthorized, (await stranger.GetAsync("api/incidents")).StatusCode);
        var audit = await app.Http.GetFromJsonAsync<JsonElement>("api/admin/audit?limit=100");
        Assert.Contains(audit.EnumerateArray(), e => e.GetProperty("kind").GetString() == "authentication-failed");
    }
}
