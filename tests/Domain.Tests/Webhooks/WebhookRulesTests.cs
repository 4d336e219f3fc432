using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Webhooks;
using ItsmOrleans.Grains.Webhooks;

namespace ItsmOrleans.Domain.Tests.Webhooks;

public class WebhookRulesTests
{
    private static readonly WebhookOptions Options = new() { FirstRetryDelay = TimeSpan.FromSeconds(5), MaxRetryDelay = TimeSpan.FromMinutes(10) };

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    [InlineData(3, 20)]
    [InlineData(7, 320)]
    [InlineData(8, 600)]
    [InlineData(40, 600)]
    public void A_failed_delivery_waits_twice_as_long_each_time_up_to_the_cap(int attempt, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), WebhookRules.RetryDelay(attempt, Options));

    [Fact]
    public void A_definition_needs_an_http_url_a_long_enough_secret_and_known_events()
    {
        WebhookRules.Validate("chat", new WebhookDefinition("https://chat.example/hooks/itsm", "0123456789abcdef", [WebhookEventTypes.Created], true));
        var refused = Assert.Throws<DomainValidationException>(() =>
            WebhookRules.Validate("Chat Bridge", new WebhookDefinition("chat.example/hook", "short", [], true)));
        Assert.Equal(["events", "id", "secret", "url"], refused.Errors.Keys.Order());
    }
}
