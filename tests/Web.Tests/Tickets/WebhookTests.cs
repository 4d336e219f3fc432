using ItsmOrleans.Contracts.Webhooks;
using ItsmOrleans.Hosting.Webhooks;

namespace ItsmOrleans.Web.Tests.Tickets;

/// <summary>Outgoing webhooks to a real receiver on loopback: signed, in order, retried with backoff after failures, logged.</summary>
[Collection(WebAppTests.Name)]
public class WebhookTests(WebAppFixture app)
{
    private const string Secret = "s3cret-for-the-chat-bridge";
    private static readonly string[] UnknownEvent = ["incident.exploded"];

    [Fact]
    public async Task A_chat_tool_receives_signed_ticket_events_in_order_after_retries_and_the_log_tells_each_attempt()
    {
        await using var receiver = await WebhookReceiver.Start(failFirst: 2);
        var id = $"chat-{Guid.NewGuid():N}"[..13];
        using (var defined = await app.Http.PutAsJsonAsync($"api/webhooks/{id}", new
        {
            url = receiver.Url,
            secret = Secret,
            events = new[] { WebhookEventTypes.Created, WebhookEventTypes.Commented },
        }))
        {
            await defined.EnsureStatus(HttpStatusCode.OK);
            var view = await defined.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("…idge", view.GetProperty("secretHint").GetString());
            Assert.DoesNotContain(Secret, view.GetRawText(), StringComparison.Ordinal);
        }

        var incident = await app.Http.CreateIncident(IncidentRequests.NewIncident(title: $"Webhook probe {id}"));
        using (var comment = await app.Http.PostAsJsonAsync($"api/incidents/{incident.Id}/comments", new { text = "Vendor ticket opened", visibility = "public" }))
        {
            await comment.EnsureStatus(HttpStatusCode.Created);
        }

        var received = await receiver.WaitFor(r => r.Count(x => x.Status == 200 && x.Body.Contains(incident.Number, StringComparison.Ordinal)) >= 2, TimeSpan.FromSeconds(20));
        var mine = received.Where(r => r.Body.Contains(incident.Number, StringComparison.Ordinal)).ToList();
        Assert.Equal([WebhookEventTypes.Created, WebhookEventTypes.Created, WebhookEventTypes.Created, WebhookEventTypes.Commented], mine.Select(r => r.Event));
        Assert.Single(mine.Take(3).Select(r => r.Delivery).Distinct());
        Assert.All(mine, r => Assert.Equal(HttpWebhookSender.Signature(Secret, r.Timestamp, r.Body), r.Signature));

        var log = (await app.Http.GetFromJsonAsync<List<DeliveryAttempt>>($"api/webhooks/{id}/deliveries", WireJson.Options))!;
        Assert.Equal([(WebhookEventTypes.Commented, 1, true), (WebhookEventTypes.Created, 3, true), (WebhookEventTypes.Created, 2, false), (WebhookEventTypes.Created, 1, false)],
            log.Select(a => (a.EventType, a.Attempt, a.Delivered)));
        Assert.Equal(500, log[^1].StatusCode);
        Assert.NotNull(log[^1].NextAttemptAt);
        Assert.True(log[^2].At - log[^1].At >= TimeSpan.FromMilliseconds(150), "the first retry waits");
        Assert.True(log[^3].At - log[^2].At >= TimeSpan.FromMilliseconds(350), "the second retry waits twice as long");

        using var removed = await app.Http.DeleteAsync($"api/webhooks/{id}");
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
    }

    [Fact]
    public async Task A_webhook_without_a_usable_url_secret_or_events_is_refused_naming_each()
    {
        using var bad = await app.Http.PutAsJsonAsync("api/webhooks/broken", new { url = "ftp://chat.example/hook", secret = "short", events = UnknownEvent });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["events", "secret", "url"], errors.EnumerateObject().Select(e => e.Name).Order());
        using var missing = await app.Http.GetAsync("api/webhooks/never-defined");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
