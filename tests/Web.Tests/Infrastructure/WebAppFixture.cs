using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace ItsmOrleans.Web.Tests.Infrastructure;

/// <summary>
/// The real web app in embedded mode, on a real loopback socket, with its own SQLite data folder and silo ports.
/// </summary>
public class WebAppFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "itsm-web-tests-" + Guid.NewGuid().ToString("N"));
    /// <summary>Where the app listens: a port the kernel gives at bind time, so no other process can take it first.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        BaseAddress = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/') + "/");
        Http = CreateHttp(TestSettings.AdminKey);
        await Health.WaitUntilHealthy(Http, TimeSpan.FromSeconds(60));
        if (StartsWithTestCast)
        {
            await TestCast.Create(Http);
        }
    }

    /// <summary>Whether the app starts with the <see cref="TestCast"/> that tests name in tickets.</summary>
    protected virtual bool StartsWithTestCast => true;

    public new async Task DisposeAsync()
    {
        Http.Dispose();
        await base.DisposeAsync();
        if (Directory.Exists(_dataFolder))
        {
            Directory.Delete(_dataFolder, recursive: true);
        }

        await AfterStopped();
    }

    /// <summary>An assignment group of one test's own ("board-1a2b3c4d"), made to exist: tickets may name only groups that do.</summary>
    public async Task<string> NewGroup(string prefix)
    {
        var group = $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";
        await TestCast.Group(Http, group);
        return group;
    }

    /// <summary>A service of one test's own ("svc-1a2b3c4d"), defined: tickets may name only services that are.</summary>
    public async Task<string> NewService(string prefix)
    {
        var service = $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";
        using var response = await Http.PutAsJsonAsync($"api/services/{service}", new { name = service, kind = "technical", criticality = 3 });
        await response.EnsureStatus(System.Net.HttpStatusCode.OK);
        return service;
    }

    /// <summary>Releases what a derived fixture started besides the app.</summary>
    protected virtual ValueTask AfterStopped() => ValueTask.CompletedTask;

    /// <summary>An HTTP client on a real socket; with an API key unless <paramref name="apiKey"/> is null.</summary>
    public HttpClient CreateHttp(string? apiKey)
    {
        var http = new HttpClient { BaseAddress = BaseAddress };
        if (apiKey is not null)
        {
            http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        return http;
    }

    /// <summary>A SignalR client on a real socket, speaking the hub's JSON conventions, signed in with an API key.</summary>
    public async Task<HubConnection> ConnectHub(string? apiKey = null)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(BaseAddress, "hubs/operations"), o => o.Headers["X-Api-Key"] = apiKey ?? TestSettings.AdminKey)
            .AddJsonProtocol(o => WireJson.Configure(o.PayloadSerializerOptions))
            .Build();
        await connection.StartAsync();
        return connection;
    }

    /// <summary>Settings a derived fixture changes from the common test settings.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> Overrides => [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in TestSettings.For(_dataFolder, FreePort.Get(), FreePort.Get()).Concat(Overrides))
        {
            builder.UseSetting(key, value);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class WebAppTests : ICollectionFixture<WebAppFixture>
{
    public const string Name = "web app";
}
