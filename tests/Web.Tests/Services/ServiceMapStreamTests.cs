using ItsmOrleans.Contracts.Services;
using ItsmOrleans.Web.Boards;
using Microsoft.AspNetCore.SignalR.Client;

namespace ItsmOrleans.Web.Tests.Services;

[Collection(WebAppTests.Name)]
public class ServiceMapStreamTests(WebAppFixture app)
{
    [Fact]
    public async Task The_service_map_stream_sends_the_portfolio_then_health_changes_as_they_happen()
    {
        var id = $"map-{Guid.NewGuid():N}"[..16];
        using (var defined = await app.Http.PutAsJsonAsync($"api/services/{id}", new { name = "Payroll", kind = "business", criticality = 2 }))
        {
            await defined.EnsureStatus(HttpStatusCode.OK);
        }

        await using var connection = await app.ConnectHub();
        var stream = await connection.StreamAsChannelAsync<LiveListMessage<ServiceSummary>>("SubscribeServiceMap");
        var snapshot = await stream.ReadAsync();
        Assert.Equal(BoardMessageKind.Snapshot, snapshot.Kind);

        await app.Http.CreateIncident(IncidentRequests.NewIncident(service: id, impact: "high", urgency: "medium"));

        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        ServiceSummary? changed = null;
        await foreach (var message in stream.ReadAllAsync(patience.Token))
        {
            changed = message.Items.FirstOrDefault(s => s.Id == id && s.Health.Status == ServiceStatus.PartialOutage);
            if (changed is not null)
            {
                Assert.Equal(BoardMessageKind.Delta, message.Kind);
                break;
            }
        }

        Assert.NotNull(changed);
        Assert.Equal(1, changed.Health.OpenIncidents);
    }
}
