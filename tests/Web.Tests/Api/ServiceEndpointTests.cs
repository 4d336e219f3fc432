namespace ItsmOrleans.Web.Tests.Api;

[Collection(WebAppTests.Name)]
public class ServiceEndpointTests(WebAppFixture app)
{
    [Fact]
    public async Task Health_is_200_when_the_silo_the_database_and_the_board_are_ready()
    {
        var health = await app.Http.GetFromJsonAsync<JsonElement>("health");
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        Assert.Equal(["board", "cluster", "database"], health.GetProperty("checks").EnumerateObject().Select(c => c.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_incident_api()
    {
        var document = await app.Http.GetFromJsonAsync<JsonElement>("openapi/v1.json");
        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/incidents", out _));
        Assert.True(paths.TryGetProperty("/api/incidents/{id}/transitions", out _));
    }

    [Fact]
    public async Task The_board_page_is_served_at_the_root()
    {
        using var response = await app.Http.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ItsmOrleans", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var signalr = await app.Http.GetAsync("lib/signalr/signalr.min.js");
        Assert.Equal(HttpStatusCode.OK, signalr.StatusCode);
    }
}
