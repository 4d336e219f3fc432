using ItsmOrleans.Hosting.Database;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Hosting.Cluster;

/// <summary>
/// Applies the schema before anything in the silo touches the database, when configured to (always for SQLite;
/// for PostgreSQL only if Database:MigrateOnStart is true, otherwise run `silo migrate`).
/// </summary>
internal sealed class SchemaMigrationParticipant(SchemaMigrator migrator, IOptions<DatabaseOptions> options) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle)
    {
        var settings = options.Value;
        var migrate = settings.MigrateOnStart ?? settings.Provider == DatabaseProvider.Sqlite;
        if (migrate)
        {
            lifecycle.Subscribe(nameof(SchemaMigrationParticipant), ServiceLifecycleStage.First, migrator.MigrateAsync);
        }
    }
}
