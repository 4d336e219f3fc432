using ItsmOrleans.Contracts.Notices;
using ItsmOrleans.Web.Boards;
using Microsoft.AspNetCore.SignalR.Client;

namespace ItsmOrleans.Web.Tests.Vendors;

[Collection(WebAppTests.Name)]
public class VendorContractApiTests(WebAppFixture app)
{
    [Fact]
    public async Task An_incident_shows_the_targets_of_the_contracts_underpinning_its_service_and_an_expiring_one_is_a_notice()
    {
        var service = $"sap-{Guid.NewGuid():N}"[..12];
        using (var defined = await app.Http.PutAsJsonAsync($"api/services/{service}", new { name = "SAP", kind = "business", criticality = 1 }))
        {
            await defined.EnsureStatus(HttpStatusCode.OK);
        }

        await using var connection = await app.ConnectHub();
        var notices = await connection.StreamAsChannelAsync<LiveListMessage<BoardNotice>>("SubscribeNotices");
        await notices.ReadAsync();
        var id = $"hosting-{Guid.NewGuid():N}"[..16];
        var contract = await app.Http.DefineHosting(id, service, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10));
        Assert.Equal("expiringSoon", contract.GetProperty("status").GetString());

        var incident = await app.Http.CreateIncident(IncidentRequests.NewIncident(service: service));
        var underpinning = await app.Http.GetFromJsonAsync<JsonElement>($"api/incidents/{incident.Id}/underpinning-contracts");
        var only = Assert.Single(underpinning.EnumerateArray());
        Assert.Equal("00:30:00", only.GetProperty("responseTarget").GetString());

        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await foreach (var message in notices.ReadAllAsync(patience.Token))
        {
            if (message.Items.FirstOrDefault(n => n.Key == $"contract:{id}") is { } notice)
            {
                Assert.True(notice.Active);
                Assert.Equal(NoticeKind.ContractExpiring, notice.Kind);
                return;
            }
        }

        Assert.Fail("No notice for the expiring contract.");
    }

    [Fact]
    public async Task A_contract_without_dates_is_a_400()
    {
        using var response = await app.Http.PutAsJsonAsync("api/vendor-contracts/acme", new { vendor = "Acme", name = "Support" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("start", out _) && errors.TryGetProperty("end", out _));
    }
}
