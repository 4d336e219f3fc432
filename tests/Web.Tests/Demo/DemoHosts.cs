using ItsmOrleans.Web.Demo;

namespace ItsmOrleans.Web.Tests.Demo;

/// <summary>
/// Two starts with --Demo=true on one new database: the first seeds the demo organisation, the second finds it seeded.
/// The second host keeps running for the tests.
/// </summary>
public sealed class DemoHosts : IAsyncLifetime, IDisposable
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "itsm-demo-" + Guid.NewGuid().ToString("N"));

    public DemoWebApp App { get; private set; } = null!;

    public DemoSeedResult FirstStart { get; private set; } = null!;

    public DemoSeedResult SecondStart { get; private set; } = null!;

    /// <summary>What the API listed once the first start had seeded.</summary>
    public OrganisationCounts Seeded { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var first = new DemoWebApp(_dataFolder, demo: true);
        await first.InitializeAsync();
        FirstStart = await first.Seeding;
        Seeded = await OrganisationCounts.Read(first.Http);
        await first.DisposeAsync();

        App = new DemoWebApp(_dataFolder, demo: true);
        await App.InitializeAsync();
        SecondStart = await App.Seeding;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        Directory.Delete(_dataFolder, recursive: true);
    }

    public void Dispose() => App.Dispose();
}

[CollectionDefinition(Name)]
public sealed class DemoTests : ICollectionFixture<DemoHosts>
{
    public const string Name = "demo organisation";
}
