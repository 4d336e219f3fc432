using ItsmOrleans.Contracts.LiveFeeds;
using ItsmOrleans.Hosting.Cluster;
using ItsmOrleans.Hosting.Database;
using ItsmOrleans.Hosting.ReadModel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.TestingHost;

namespace ItsmOrleans.Grains.Tests;

/// <summary>
/// One in-process Orleans test cluster for the grain tests: grain state and reminders in memory, the read model in a
/// throwaway SQLite file, and SLA policies short enough to watch thresholds fire.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public const string FastPolicy = "fast";

    /// <summary>The fast targets, counted only in a calendar that has no working time from yesterday to tomorrow.</summary>
    public const string ClosedNowPolicy = "closed-now";

    /// <summary>Targets longer than a grain timer or reminder can wait in one go (about 49 days).</summary>
    public const string LongPolicy = "long";

    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "itsm-grain-tests-" + Guid.NewGuid().ToString("N"));

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IClusterClient Client => Cluster.Client;

    public IServiceProvider SiloServices => Cluster.Silos[0].ServiceProvider;

    /// <summary>Fast policy targets: response 2 s / resolution 4 s at every priority, so P1 and P5 alike fire within seconds.</summary>
    public static Dictionary<string, string?> Settings(string dataFolder)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:DataFolder"] = dataFolder,
        };
        foreach (var priority in new[] { "P1", "P2", "P3", "P4", "P5" })
        {
            settings[$"Sla:Policies:{FastPolicy}:Targets:{priority}:Response"] = "00:00:02";
            settings[$"Sla:Policies:{FastPolicy}:Targets:{priority}:Resolution"] = "00:00:04";
            settings[$"Sla:Policies:{LongPolicy}:Targets:{priority}:Response"] = "60.00:00:00";
            settings[$"Sla:Policies:{LongPolicy}:Targets:{priority}:Resolution"] = "200.00:00:00";
            settings[$"Sla:Policies:{ClosedNowPolicy}:Targets:{priority}:Response"] = "00:00:02";
            settings[$"Sla:Policies:{ClosedNowPolicy}:Targets:{priority}:Resolution"] = "00:00:04";
        }

        // Escalation levels may follow each other within a second, so a whole policy can be watched.
        settings["Escalations:MinimumDelay"] = "00:00:01";

        // A flapping alert settles within seconds, so the held resolve can be watched.
        settings["Alerts:FlapQuietPeriod"] = "00:00:02";

        // Major incidents may ask for stakeholder updates every few seconds, so the cadence can be watched.
        settings["MajorIncidents:MinimumCadence"] = "00:00:01";

        // Working hours every day except yesterday, today and tomorrow (UTC), whole days: nothing counts during a test run.
        var today = DateTime.UtcNow.DayOfWeek;
        var open = Enum.GetValues<DayOfWeek>().Where(d => ((int)d - (int)today + 7) % 7 is >= 2 and <= 5).ToList();
        settings[$"Sla:Policies:{ClosedNowPolicy}:Calendar"] = "closed-now";
        settings["Sla:Calendars:closed-now:TimeZone"] = "UTC";
        settings["Sla:Calendars:closed-now:Hours:0:Start"] = "00:00";
        settings["Sla:Calendars:closed-now:Hours:0:End"] = "00:00";
        for (var i = 0; i < open.Count; i++)
        {
            settings[$"Sla:Calendars:closed-now:Hours:0:Days:{i}"] = open[i].ToString();
        }

        return settings;
    }

    public async Task InitializeAsync() => Cluster = await Start(_dataFolder);

    /// <summary>
    /// Migrates a throwaway SQLite read model in <paramref name="dataFolder"/> and starts a one-silo cluster over it, with
    /// grain state and reminders in memory; <paramref name="configureServices"/> replaces what a test needs to control.
    /// </summary>
    public static async Task<InProcessTestCluster> Start(string dataFolder, Action<IServiceCollection>? configureServices = null)
    {
        var settings = Settings(dataFolder);
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
            configureServices?.Invoke(silo.Services);
        });
        var cluster = builder.Build();
        await cluster.DeployAsync();
        await TestCast.Create(cluster.Client);
        return cluster;
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        Directory.Delete(_dataFolder, recursive: true);
    }

    public Task<RecordingBoardHost> ConnectBoardHost(bool refuseFirstBatch = false) => ConnectBoardHost(Client, refuseFirstBatch);

    /// <summary>Registers a real board observer with the cluster, as a web host does.</summary>
    /// <param name="refuseFirstBatch">The host fails the first push it is given, whatever it holds.</param>
    public static async Task<RecordingBoardHost> ConnectBoardHost(IClusterClient client, bool refuseFirstBatch = false)
    {
        var host = new RecordingBoardHost { RefuseNextBatch = refuseFirstBatch };
        var reference = client.CreateObjectReference<ILiveFeedObserver>(host);
        await client.GetGrain<ILiveFeedHostRegistryGrain>(0).Register(host.Id, reference);
        return host;
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterTests : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
