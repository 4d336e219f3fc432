using System.Text;
using ItsmOrleans.Web.Boards;
using Microsoft.AspNetCore.SignalR.Client;

namespace ItsmOrleans.Web.Tests.Security;

/// <summary>
/// What the risk register shows and to whom: its readers (agents, the NOC, change managers, admins) see risks, their
/// owners, actions and alternatives; a requester sees nothing of it, not even that a risk exists, by any endpoint or
/// stream; only change managers and admins change it; only admins import it.
/// </summary>
[Collection(WebAppTests.Name)]
public class RiskExposureTests(WebAppFixture app)
{
    [Fact]
    public async Task A_requester_reaches_no_risk_by_any_endpoint_or_stream()
    {
        var service = await app.NewService("exposure");
        var (owner, _) = await Accounts.CreateUser(app, "change-manager");
        using var created = await app.Http.PostAsJsonAsync("api/risks", new
        {
            title = "Privileged accounts shared", category = "security", owner,
            links = new { serviceIds = new[] { service } }, inherent = new { impact = 5, likelihood = 4 },
        });
        var risk = await created.Content.ReadFromJsonAsync<JsonElement>();
        var (id, number) = (risk.GetProperty("id").GetString(), risk.GetProperty("number").GetString());

        var requesterKey = await Accounts.CreateApiKey(app, "requester");
        using var requester = app.CreateHttp(requesterKey);
        foreach (var path in new[] { "api/risks", "api/risks/heat-map", "api/risks/by-service", "api/risks/scale", $"api/risks/{id}", $"api/risks/{number}", $"api/risks/{id}/history", "api/risks?format=csv" })
        {
            using var answer = await requester.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(answer.StatusCode == HttpStatusCode.Forbidden, $"{path} answered {answer.StatusCode}");
            Assert.DoesNotContain("Privileged accounts shared", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await using var hub = await app.ConnectHub(requesterKey);
        var refused = await HubRefusal.Of(async () =>
            await (await hub.StreamAsChannelAsync<LiveListMessage<JsonElement>>("SubscribeRisks")).ReadAsync());
        Assert.Contains("unauthorized", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("agent")]
    [InlineData("noc")]
    [InlineData("change-manager")]
    public async Task Only_admins_import_risks(string role)
    {
        using var http = app.CreateHttp(await Accounts.CreateApiKey(app, role));
        using var csv = new StringContent("title,category,owner\nImported by the wrong role,security,admin\n", Encoding.UTF8, "text/csv");

        using var answer = await http.PostAsync(new Uri("api/import/risks?dryRun=true", UriKind.Relative), csv);

        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
    }
}
