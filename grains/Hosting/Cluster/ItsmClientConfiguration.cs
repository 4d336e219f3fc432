using ItsmOrleans.Hosting.Database;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace ItsmOrleans.Hosting.Cluster;

/// <summary>Configures an Orleans client (a web host in client mode) to find the silos the same way they find each other.</summary>
public static class ItsmClientConfiguration
{
    public static IClientBuilder UseItsmClient(this IClientBuilder client, IConfiguration configuration)
    {
        var cluster = configuration.GetSection(ItsmClusterOptions.Section).Get<ItsmClusterOptions>() ?? new();
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new();

        if (database.Provider != DatabaseProvider.PostgreSql)
        {
            // Clients and silos share the read model and find each other through the database: a SQLite file per
            // host cannot do that. SQLite is for the embedded mode.
            throw new OptionsValidationException(DatabaseOptions.Section, typeof(DatabaseOptions),
                ["Orleans:Mode=Client needs Database:Provider=PostgreSql (and the silos' connection string); SQLite works in the embedded mode only."]);
        }

        client.Services.AddItsmDatabase(configuration);

        // The web host reads SLA policies and calendars itself (lists, validation) from the same configuration.
        client.Services.AddItsmDomain(configuration);
        client.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (cluster.ClusterId, cluster.ServiceId));
        client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = cluster.ResponseTimeout);
        client.AddActivityPropagation();
        if (cluster.Dashboard)
        {
            client.AddDashboard();
        }
        client.UseAdoNetClustering(o => o.Configure<ItsmDatabase>((options, db) =>
            (options.Invariant, options.DataSource) = (db.OrleansInvariant, db.DataSource)));

        // Wait for the silos rather than fail the host: a web host may start before them, or outlive a restart of them.
        client.UseConnectionRetryFilter(async (_, cancellationToken) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            return true;
        });
        return client;
    }
}
