using ItsmOrleans.Web.Boards;
using Microsoft.AspNetCore.SignalR.Client;

namespace ItsmOrleans.Web.Tests.Security;

/// <summary>A routing key lets anyone raise and resolve alerts, so only administrators' integration endpoints show it.</summary>
[Collection(WebAppTests.Name)]
public class RoutingKeyExposureTests(WebAppFixture app)
{
    [Fact]
    public async Task A_requester_cannot_read_alerts_or_keys_and_the_noc_sees_alerts_by_id_without_the_routing_key()
    {
        var (routingKey, service) = await Integrations.Define(app.Http, "Payment gateway");
        using var monitor = new HttpClient { BaseAddress = app.BaseAddress };
        using (var sent = await monitor.PostAsJsonAsync("v2/enqueue", new
        {
            routing_key = routingKey,
            event_action = "trigger",
            dedup_key = "gateway-5xx",
            payload = new { summary = "Gateway answers 5xx", source = "pay-1", severity = "critical" },
        }))
        {
            await sent.EnsureStatus(HttpStatusCode.Accepted);
        }

        using var noc = app.CreateHttp(await Accounts.CreateApiKey(app, "noc"));
        var alert = await AlertLookup.Find(noc, service, "gateway-5xx");
        var id = alert.GetProperty("id").GetGuid();
        using var requester = app.CreateHttp(await Accounts.CreateApiKey(app, "requester"));
        foreach (var path in new[] { $"api/alerts?serviceId={service}", $"api/alerts/{id}", $"api/integrations/{routingKey}" })
        {
            using var refused = await requester.GetAsync(path);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        foreach (var path in new[] { $"api/alerts?serviceId={service}", $"api/alerts/{id}", "api/alerts?status=triggered&limit=1000" })
        {
            Assert.DoesNotContain(routingKey, await noc.GetStringAsync(path), StringComparison.Ordinal);
        }

        using var forbiddenKey = await noc.GetAsync($"api/integrations/{routingKey}");
        Assert.Equal(HttpStatusCode.Forbidden, forbiddenKey.StatusCode);

        await using var connection = await app.ConnectHub(await Accounts.CreateApiKey(app, "noc"));
        var alerts = await connection.StreamAsChannelAsync<JsonElement>("SubscribeAlerts");
        // The row reaches the live list a moment after the read model, where the lookup found it.
        using var soon = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var frames = new List<string>();
        while (!frames.Exists(frame => frame.Contains(id.ToString(), StringComparison.OrdinalIgnoreCase)))
        {
            frames.Add((await alerts.ReadAsync(soon.Token)).GetRawText());
        }

        Assert.All(frames, frame => Assert.DoesNotContain(routingKey, frame, StringComparison.Ordinal));
        var board = await connection.StreamAsChannelAsync<JsonElement>("SubscribeBoard", BoardScope.All);
        Assert.DoesNotContain(routingKey, (await board.ReadAsync()).GetRawText(), StringComparison.Ordinal);
    }
}
