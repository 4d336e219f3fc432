using ItsmOrleans.Domain.Slas;
using ItsmOrleans.Grains.Slas;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.TestingHost;

namespace ItsmOrleans.Grains.Tests.Slas;

/// <summary>
/// An in-process cluster whose clock the tests move (<see cref="MovableTime"/>) and whose SLA policies they correct
/// while it runs (<see cref="CorrectablePolicyCatalog"/>), for the SLA repair.
/// </summary>
public sealed class SlaRepairClusterFixture : IAsyncLifetime
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "itsm-sla-repair-grains-" + Guid.NewGuid().ToString("N"));

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IClusterClient Client => Cluster.Client;

    public IServiceProvider SiloServices => Cluster.Silos[0].ServiceProvider;

    public MovableTime Time { get; } = new();

    public CorrectablePolicyCatalog Policies => SiloServices.GetRequiredService<CorrectablePolicyCatalog>();

    public async Task InitializeAsync() => Cluster = await ClusterFixture.Start(_dataFolder, services =>
    {
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton(provider => new CorrectablePolicyCatalog(new ConfiguredSlaPolicyCatalog(provider.GetRequiredService<IOptions<SlaOptions>>())));
        services.AddSingleton<ISlaPolicyCatalog>(provider => provider.GetRequiredService<CorrectablePolicyCatalog>());

        // Moving the clock by an hour must not make the grains under test look idle for an hour.
        services.Configure<GrainCollectionOptions>(o =>
        {
            o.CollectionAge = TimeSpan.FromDays(2);
            o.ClassSpecificCollectionAge[typeof(SlaClockGrain).FullName!] = TimeSpan.FromDays(2);
        });
    });

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        Directory.Delete(_dataFolder, recursive: true);
    }

    public Task<RecordingBoardHost> ConnectBoardHost() => ClusterFixture.ConnectBoardHost(Client);
}

[CollectionDefinition(Name)]
public sealed class SlaRepairClusterTests : ICollectionFixture<SlaRepairClusterFixture>
{
    public const string Name = "sla-repair-cluster";
}
