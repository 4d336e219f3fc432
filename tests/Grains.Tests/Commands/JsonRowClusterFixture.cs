using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;

namespace ItsmOrleans.Grains.Tests.Commands;

/// <summary>An in-process cluster whose grains save their state as JSON rows in <see cref="JsonRowStorage"/>.</summary>
public sealed class JsonRowClusterFixture : IAsyncLifetime
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "itsm-json-row-grains-" + Guid.NewGuid().ToString("N"));

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IClusterClient Client => Cluster.Client;

    public JsonRowStorage Storage { get; } = new();

    // Registered after the fixture's memory storage under the same name, so grains resolve this one.
    public async Task InitializeAsync() => Cluster = await ClusterFixture.Start(_dataFolder, services =>
        services.AddKeyedSingleton<IGrainStorage>(ItsmStorage.Name, Storage));

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        Directory.Delete(_dataFolder, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class JsonRowClusterTests : ICollectionFixture<JsonRowClusterFixture>
{
    public const string Name = "json-row-cluster";
}
