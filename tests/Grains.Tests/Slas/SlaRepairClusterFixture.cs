using ItsmOrleans.Contracts.LiveFeeds;
using ItsmOrleans.Domain.Slas;
using ItsmOrleans.Grains.Slas;
using ItsmOrleans.Hosting.Cluster;
using ItsmOrleans.Hosting.Database;
using ItsmOrleans.Hosting.ReadModel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
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

    public async Task InitializeAsync()
    {
        var settings = ClusterFixture.Settings(_dataFolder);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var database = new ItsmDatabase(configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()!);
        await new SchemaMigrator(database, [new AlertIdUpgrade()], NullLogger<SchemaMigrator>.Instance).MigrateAsync(CancellationToken.None);
        await database.DisposeAsync();

        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureHost(host => host.Configuration.AddInMemoryCollection(settings));
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddMemoryGrainStorage(ItsmStorage.Name);
            silo.UseInMemoryReminderService();
            silo.Services.AddItsmDatabase(silo.Configuration);
            silo.Services.AddItsmDomain(silo.Configuration);
            silo.Services.AddSingleton<TimeProvider>(Time);
            silo.Services.AddSingleton(provider => new CorrectablePolicyCatalog(new ConfiguredSlaPolicyCatalog(provider.GetRequiredService<IOptions<SlaOptions>>())));
            silo.Services.AddSingleton<ISlaPolicyCatalog>(provider => provider.GetRequiredService<CorrectablePolicyCatalog>());

            // Moving the clock by an hour must not make the grains under test look idle for an hour.
            silo.Services.Configure<GrainCollectionOptions>(o => o.CollectionAge = TimeSpan.FromDays(2));
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
        await TestCast.Create(Cluster.Client);
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        Directory.Delete(_dataFolder, recursive: true);
    }

    /// <summary>Registers a real board observer with the cluster, as a web host does.</summary>
    public async Task<RecordingBoardHost> ConnectBoardHost()
    {
        var host = new RecordingBoardHost();
        var reference = Client.CreateObjectReference<ILiveFeedObserver>(host);
        await Client.GetGrain<ILiveFeedHostRegistryGrain>(0).Register(host.Id, reference);
        return host;
    }
}

[CollectionDefinition(Name)]
public sealed class SlaRepairClusterTests : ICollectionFixture<SlaRepairClusterFixture>
{
    public const string Name = "sla-repair-cluster";
}
