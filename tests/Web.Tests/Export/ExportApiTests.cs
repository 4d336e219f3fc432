using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ItsmOrleans.Web.Tests.Infrastructure;

namespace ItsmOrleans.Web.Tests.Export;

[Collection(WebAppTests.Name)]
public class ExportApiTests(WebAppFixture app)
{
    [Fact]
    public async Task The_export_is_a_json_download_holding_services_incidents_and_policies()
    {
        var service = "export-" + Guid.NewGuid().ToString("N")[..8];
        using (var defined = await app.Http.Send(HttpMethod.Put, $"api/services/{service}", new { name = "Exported service", kind = "technical" }))
        {
            await defined.EnsureStatus(HttpStatusCode.OK);
        }

        var incident = await app.Http.CreateIncident(IncidentRequests.NewIncident(title: "Exported incident", service: service));

        using var response = await app.Http.GetAsync(new Uri("api/export", UriKind.Relative));
        var document = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Contains(document.GetProperty("services").EnumerateArray(), s => s.GetProperty("id").GetString() == service);
        Assert.Contains(document.GetProperty("incidents").EnumerateArray(), i => i.GetProperty("number").GetString() == incident.Number);
        Assert.Contains(document.GetProperty("slaPolicies").EnumerateArray(), p => p.GetProperty("id").GetString() == "standard");
        foreach (var section in new[] { "calendars", "changes", "serviceRequests", "problems", "majorIncidents", "vendorContracts", "licences" })
        {
            Assert.Equal(JsonValueKind.Array, document.GetProperty(section).ValueKind);
        }
    }

    [Fact]
    public async Task Only_administrators_export()
    {
        using var agent = app.CreateHttp(await Accounts.CreateApiKey(app, "agent"));

        using var response = await agent.GetAsync(new Uri("api/export", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
