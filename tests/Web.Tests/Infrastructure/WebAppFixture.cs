using Microsoft.Extensions.DependencyInjection;
using ItsmOrleans.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace ItsmOrleans.Web.Tests.Infrastructure;

/// <summary>
/// The real web app in embedded mode, on a real loopback socket, with its own SQLite data folder and silo ports.
/// </summary>
public class WebAppFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "itsm-web-tests-" + Guid.NewGuid().ToString("N"));
    private readonly int _port = FreePort.Get();

    public Uri BaseAddress => new($"http://127.0.0.1:{_port}/");

    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        UseKestrel(_port);
        StartServer();
        Http = CreateHttp(TestSettings.AdminKey);
        await Health.WaitUntilHealthy(Http, TimeSpan.FromSeconds(60));
    }

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
