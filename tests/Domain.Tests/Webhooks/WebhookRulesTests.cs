using System.Net;
using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Webhooks;
using ItsmOrleans.Domain.Webhooks;
using ItsmOrleans.Grains.OutgoingCalls;
using ItsmOrleans.Grains.Webhooks;

namespace ItsmOrleans.Domain.Tests.Webhooks;

public class WebhookRulesTests
{
    private static readonly WebhookOptions Options = new() { FirstRetryDelay = TimeSpan.FromSeconds(5), MaxRetryDelay = TimeSpan.FromMinutes(10) };

    private static readonly OutgoingAddressPolicy NothingPrivate = new([], WebhookOptions.AllowedPrivateNetworksSetting);

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
        WebhookRules.Validate("chat", new WebhookDefinition("https://chat.example/hooks/itsm", "0123456789abcdef", [WebhookEventTypes.Created], true), NothingPrivate);
        var refused = Assert.Throws<DomainValidationException>(() =>
            WebhookRules.Validate("Chat Bridge", new WebhookDefinition("chat.example/hook", "short", [], true), NothingPrivate));
        Assert.Equal(["events", "id", "secret", "url"], refused.Errors.Keys.Order());
    }

    [Fact]
    public void A_url_at_a_loopback_address_is_refused_naming_the_setting_that_would_allow_it()
    {
        var refused = Assert.Throws<DomainValidationException>(() =>
            WebhookRules.Validate("probe", new WebhookDefinition("http://127.0.0.1:6379/", "0123456789abcdef", [WebhookEventTypes.Created], true), NothingPrivate));

        Assert.Equal(
            "'url' points at 127.0.0.1, a loopback address; webhooks reach such an address only when Webhooks:AllowedPrivateNetworks names its range.",
            Assert.Single(refused.Errors["url"]));
    }

    [Fact]
    public void A_url_in_an_allowed_private_range_is_accepted()
    {
        var allowed = new OutgoingAddressPolicy([IPNetwork.Parse("10.20.0.0/16")], WebhookOptions.AllowedPrivateNetworksSetting);

        WebhookRules.Validate("internal-chat", new WebhookDefinition("http://10.20.1.5/hooks", "0123456789abcdef", [WebhookEventTypes.Created], true), allowed);
    }
}
