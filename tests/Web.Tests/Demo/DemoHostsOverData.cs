using ItsmOrleans.Web.Demo;

namespace ItsmOrleans.Web.Tests.Demo;

/// <summary>A database that holds one service someone defined, then a start with --Demo=true on it. That host keeps running for the tests.</summary>
public sealed class DemoHostsOverData : IAsyncLifetime, IDisposable
{
    public const string OwnService = "billing";

    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "itsm-demo-over-data-" + Guid.NewGuid().ToString("N"));

    public DemoWebApp App { get; private set; } = null!;

    public DemoSeedResult Start { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var before = new DemoWebApp(_dataFolder, demo: false);
        await before.InitializeAsync();
        using (var defined = await before.Http.Send(HttpMethod.Put, $"api/services/{OwnService}", new { name = "Billing", kind = "business", criticality = 2 }))
        {
            await defined.EnsureStatus(HttpStatusCode.OK);
        }

        await before.DisposeAsync();

        App = new DemoWebApp(_dataFolder, demo: true);
        await App.InitializeAsync();
        Start = await App.Seeding;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        Directory.Delete(_dataFolder, recursive: true);
    }

    public void Dispose() => App.Dispose();
}

[CollectionDefinition(Name)]
public sealed class DemoOverDataTests : ICollectionFixture<DemoHostsOverData>
{
    public const string Name = "demo organisation over existing data";
}
