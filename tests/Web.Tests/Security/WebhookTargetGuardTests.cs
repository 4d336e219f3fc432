using ItsmOrleans.Contracts.Webhooks;

namespace ItsmOrleans.Web.Tests.Security;

/// <summary>
/// Webhooks cannot be aimed at the hub's own network: internal addresses are refused when a webhook is defined and
/// again at every connection a delivery makes, redirects included, unless Webhooks:AllowedPrivateNetworks names them.
/// </summary>
public class WebhookTargetGuardTests(OneLoopbackAddressWebAppFixture app) : IClassFixture<OneLoopbackAddressWebAppFixture>
{
    private const string Secret = "target-guard-secret-0123";
    private static readonly string[] Created = [WebhookEventTypes.Created];

    [Theory]
    [InlineData("http://127.0.0.2:6379/", "127.0.0.2, a loopback address")]
    [InlineData("http://10.0.0.5/hook", "10.0.0.5, a private address")]
    [InlineData("http://192.168.1.1/hook", "192.168.1.1, a private address")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "169.254.169.254, a link-local address")]
    [InlineData("http://[::1]:8080/hook", "::1, a loopback address")]
    [InlineData("http://[fe80::1]/hook", "fe80::1, a link-local address")]
    [InlineData("http://[fd00::5]/hook", "fd00::5, a private (unique local) address")]
    [InlineData("http://[::ffff:10.0.0.1]/hook", "::ffff:10.0.0.1, a private address (10.0.0.1 inside IPv6)")]
    public async Task A_webhook_aimed_at_an_internal_address_is_refused_at_definition_naming_url(string url, string problem)
    {
        using var refused = await app.Http.PutAsJsonAsync($"api/webhooks/probe-{Guid.NewGuid():N}"[..26], new { url, secret = Secret, events = Created });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["url"], errors.EnumerateObject().Select(e => e.Name));
        Assert.Equal($"'url' points at {problem}; webhooks reach such an address only when Webhooks:AllowedPrivateNetworks names its range.",
            Assert.Single(errors.GetProperty("url").EnumerateArray()).GetString());
    }

    [Fact]
    public async Task A_webhook_in_an_allowed_range_is_defined_and_delivered()
    {
        await using var receiver = await WebhookReceiver.Start(failFirst: 0);
        var id = await Define(receiver.Url);

        var incident = await app.Http.CreateIncident(IncidentRequests.NewIncident(title: $"Allowed target {id}"));

        await receiver.WaitFor(r => r.Any(x => x.Body.Contains(incident.Number, StringComparison.Ordinal)), TimeSpan.FromSeconds(20));
        await Remove(id);
    }

    [Fact]
    public async Task A_redirect_from_an_allowed_receiver_to_a_refused_address_is_not_followed_and_the_log_says_why()
    {
        await using var refused = await WebhookReceiver.Start(failFirst: 0, address: "127.0.0.2");
        await using var redirecting = await WebhookReceiver.StartRedirecting(refused.Url);
        var id = await Define(redirecting.Url);

        var incident = await app.Http.CreateIncident(IncidentRequests.NewIncident(title: $"Redirected target {id}"));

        var attempt = await Eventually.Get(
            async () => (await app.Http.GetFromJsonAsync<List<DeliveryAttempt>>($"api/webhooks/{id}/deliveries", WireJson.Options))!
                .FirstOrDefault(a => a.Number == incident.Number),
            TimeSpan.FromSeconds(20), TimeSpan.FromMilliseconds(100), "a delivery attempt");
        await Remove(id);
        Assert.False(attempt.Delivered);
        Assert.Null(attempt.StatusCode);
        Assert.Equal("refused: 127.0.0.2 is a loopback address; allow it in Webhooks:AllowedPrivateNetworks.", attempt.Error);
        Assert.Contains(redirecting.Received, r => r.Body.Contains(incident.Number, StringComparison.Ordinal));
        Assert.Empty(refused.Received);
    }

    private async Task<string> Define(string url)
    {
        var id = $"guard-{Guid.NewGuid():N}"[..14];
        using var defined = await app.Http.PutAsJsonAsync($"api/webhooks/{id}", new { url, secret = Secret, events = Created });
        await defined.EnsureStatus(HttpStatusCode.OK);
        return id;
    }

    private async Task Remove(string id)
    {
        using var removed = await app.Http.DeleteAsync($"api/webhooks/{id}");
        await removed.EnsureStatus(HttpStatusCode.NoContent);
    }
}
