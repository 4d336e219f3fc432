using System.Net;
using System.Net.Sockets;
using ItsmOrleans.Domain.Slas;
using ItsmOrleans.Hosting.Database;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Dashboard;
using Orleans.Serialization;
using Orleans.Storage;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Hosting.Cluster;

/// <summary>
/// The one place that configures a silo, used by the standalone silo and by the web app's embedded mode:
/// durable grain state and reminders in the configured database, and clustering (localhost for SQLite, ADO.NET for PostgreSQL).
/// </summary>
public static class ItsmSiloConfiguration
{
    public static ISiloBuilder UseItsmSilo(this ISiloBuilder silo, IConfiguration configuration)
    {
        var cluster = configuration.GetSection(ItsmClusterOptions.Section).Get<ItsmClusterOptions>() ?? new();
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new();
        var clocks = configuration.GetSection(SlaClockOptions.Section).Get<SlaClockOptions>() ?? new();

        silo.Services.AddItsmDatabase(configuration);
        silo.Services.AddItsmDomain(configuration);
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, SchemaMigrationParticipant>();

        silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (cluster.ClusterId, cluster.ServiceId));

        silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = cluster.ResponseTimeout);
        silo.AddActivityPropagation();
        if (cluster.Dashboard)
        {
            silo.AddDashboard();
        }

        // Failure detection (ProbeTimeout, NumMissedProbesLimit, …) can be tuned per deployment; Orleans' defaults otherwise.
        silo.Configure<ClusterMembershipOptions>(configuration.GetSection(ItsmClusterOptions.Section + ":Membership"));
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            silo.UseAdoNetClustering(o => o.Configure<ItsmDatabase>((options, db) =>
                (options.Invariant, options.DataSource) = (db.OrleansInvariant, db.DataSource)));
            ConfigureEndpoints(silo, cluster);
        }
        else
        {
            silo.UseLocalhostClustering(cluster.SiloPort, cluster.GatewayPort, serviceId: cluster.ServiceId, clusterId: cluster.ClusterId);
        }

        silo.AddAdoNetGrainStorage(Grains.ItsmStorage.Name, o => o.Configure<ItsmDatabase>((options, db) =>
            (options.Invariant, options.DataSource) = (db.OrleansInvariant, db.DataSource)));
        if (database.Provider == DatabaseProvider.PostgreSql && database.GroupCommitGrainState)
        {
            silo.Services.AddKeyedSingleton<IGrainStorage>(Grains.ItsmStorage.Name, (services, _) => new GroupCommittedGrainStorage(
                Grains.ItsmStorage.Name,
                AdoNetGrainStorageFactory.Create(services, Grains.ItsmStorage.Name),
                services.GetRequiredService<ItsmDatabase>().Writes,
                services.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId));
        }

        silo.UseSystemTextJsonGrainStorageSerializer();
        silo.Services.Configure<SystemTextJsonGrainStorageSerializerOptions>(o => GrainStateJson.Configure(o.JsonSerializerOptions));

        silo.UseAdoNetReminderService(o => o.Configure<ItsmDatabase>((options, db) =>
            (options.Invariant, options.DataSource) = (db.OrleansInvariant, db.DataSource)));
        silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = clocks.RecoveryPeriod < o.MinimumReminderPeriod ? clocks.RecoveryPeriod : o.MinimumReminderPeriod);
        silo.Configure<GrainCollectionOptions>(o => o.ClassSpecificCollectionAge[typeof(Grains.Slas.SlaClockGrain).FullName!] = clocks.IdleCollectionAge);

        return silo;
    }

    private static void ConfigureEndpoints(ISiloBuilder silo, ItsmClusterOptions cluster)
    {
        if (cluster.Kubernetes)
        {
            // The pod's IP, name and labels; ports as configured.
            silo.Configure<EndpointOptions>(o => (o.SiloPort, o.GatewayPort) = (cluster.SiloPort, cluster.GatewayPort));
            silo.UseKubernetesHosting();
        }
        else if (IPAddress.TryParse(cluster.AdvertisedAddress, out var address))
        {
            silo.ConfigureEndpoints(address, cluster.SiloPort, cluster.GatewayPort, listenOnAnyHostAddress: !IPAddress.IsLoopback(address));
        }
        else
        {
            var hostName = cluster.AdvertisedAddress == "host" ? Dns.GetHostName() : cluster.AdvertisedAddress;
            silo.ConfigureEndpoints(hostName, cluster.SiloPort, cluster.GatewayPort, AddressFamily.InterNetwork, listenOnAnyHostAddress: true);
        }
    }
}
