using ItsmOrleans.Hosting.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Web.Tests.Observability;

/// <summary>
/// /metrics needs no sign-in (Prometheus scrapes it), but only the networks of Telemetry:MetricsAllowedNetworks, and
/// only on Telemetry:MetricsPort when set, are served. A host with just the telemetry wiring, clients at chosen addresses.
/// </summary>
public class MetricsAccessTests
{
    [Theory]
    [InlineData("127.0.0.1", HttpStatusCode.OK)]
    [InlineData("::1", HttpStatusCode.OK)]
    [InlineData("::ffff:127.0.0.1", HttpStatusCode.OK)]
    [InlineData("10.1.2.3", HttpStatusCode.Forbidden)]
    [InlineData("203.0.113.7", HttpStatusCode.Forbidden)]
    public async Task By_default_only_loopback_reads_metrics(string client, HttpStatusCode expected)
    {
        await using var host = await Host([]);
        Assert.Equal(expected, await Scrape(host, client));
    }

    [Theory]
    [InlineData("10.1.2.3", HttpStatusCode.OK)]
    [InlineData("fd00::5", HttpStatusCode.OK)]
    [InlineData("127.0.0.1", HttpStatusCode.Forbidden)]
    [InlineData("203.0.113.7", HttpStatusCode.Forbidden)]
    public async Task Listed_networks_read_metrics_and_nobody_else(string client, HttpStatusCode expected)
    {
        await using var host = await Host(new() { ["Telemetry:MetricsAllowedNetworks:0"] = "10.0.0.0/8", ["Telemetry:MetricsAllowedNetworks:1"] = "fd00::/8" });
        Assert.Equal(expected, await Scrape(host, client));
    }

    [Fact]
    public async Task With_a_metrics_port_other_ports_do_not_serve_metrics()
    {
        await using var host = await Host(new() { ["Telemetry:MetricsPort"] = "9464" });

        Assert.Equal(HttpStatusCode.OK, await Scrape(host, "127.0.0.1", port: 9464));
        Assert.Equal(HttpStatusCode.NotFound, await Scrape(host, "127.0.0.1", port: 8080));
    }

    [Fact]
    public void A_network_not_in_cidr_notation_stops_the_host_naming_the_setting()
    {
        var refused = Assert.Throws<OptionsValidationException>(() => MetricsAccess.From(new TelemetryOptions { MetricsAllowedNetworks = ["10.0.0.0/8", "intranet"] }));
        Assert.Contains("Telemetry:MetricsAllowedNetworks: 'intranet'", refused.Message, StringComparison.Ordinal);
    }

    private static async Task<WebApplication> Host(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddItsmTelemetry(builder.Configuration, "itsm-metrics-access");
        var app = builder.Build();
        app.MapItsmMetrics();
        await app.StartAsync();
        return app;
    }

    private static async Task<HttpStatusCode> Scrape(WebApplication host, string client, int port = 8080)
    {
        var answer = await host.GetTestServer().SendAsync(http =>
        {
            http.Request.Method = "GET";
            http.Request.Path = TelemetryServiceCollectionExtensions.MetricsPath;
            http.Connection.RemoteIpAddress = IPAddress.Parse(client);
            http.Connection.LocalPort = port;
        });
        return (HttpStatusCode)answer.Response.StatusCode;
    }
}
