using ItsmOrleans.Contracts.Webhooks;
using ItsmOrleans.Domain.Webhooks;
using ItsmOrleans.Hosting.Cluster;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Web.Tests.Security;

/// <summary>
/// The webhook sender as the hosts register it, resolving a real name: a name is judged by the addresses DNS gives
/// for it when the call connects, so a name that leads to loopback is refused before any connection is made.
/// </summary>
public class WebhookSenderAddressGuardTests
{
    private static readonly WebhookEvent Event = new(
        Guid.NewGuid(), WebhookEventTypes.Created, DateTimeOffset.UtcNow, Guid.NewGuid(), "INC0000001", "Guard probe", "P3", "New", null, null, "");

    [Fact]
    public async Task A_name_that_resolves_to_loopback_is_refused_when_the_call_connects_and_nothing_reaches_the_listener()
    {
        await using var receiver = await WebhookReceiver.Start(failFirst: 0);
        await using var services = Services(allowed: null);

        var result = await services.GetRequiredService<IWebhookSender>().Send(ByName(receiver), "guard-secret-0123456", Event, CancellationToken.None);

        Assert.False(result.Delivered);
        Assert.Null(result.StatusCode);
        Assert.StartsWith("refused: localhost resolves to ", result.Error, StringComparison.Ordinal);
        Assert.EndsWith(", a loopback address; allow it in Webhooks:AllowedPrivateNetworks.", result.Error, StringComparison.Ordinal);
        Assert.Empty(receiver.Received);
    }

    [Fact]
    public async Task A_name_that_resolves_into_an_allowed_range_is_delivered()
    {
        await using var receiver = await WebhookReceiver.Start(failFirst: 0);
        await using var services = Services(allowed: "127.0.0.0/8");

        var result = await services.GetRequiredService<IWebhookSender>().Send(ByName(receiver), "guard-secret-0123456", Event, CancellationToken.None);

        Assert.True(result.Delivered, result.Error);
        Assert.Single(receiver.Received);
    }

    [Fact]
    public async Task An_allowed_range_that_is_not_a_cidr_range_stops_the_host_naming_the_setting()
    {
        await using var services = Services(allowed: "127.0.0.1");

        var refused = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<WebhookOptions>>().Value);

        Assert.Contains("Webhooks:AllowedPrivateNetworks holds CIDR ranges", refused.Message, StringComparison.Ordinal);
    }

    private static string ByName(WebhookReceiver receiver) => new UriBuilder(receiver.Url) { Host = "localhost" }.Uri.ToString();

    private static ServiceProvider Services(string? allowed)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(allowed is null ? [] : [new("Webhooks:AllowedPrivateNetworks:0", allowed)])
            .Build();
        return new ServiceCollection().AddItsmDomain(configuration).BuildServiceProvider();
    }
}
