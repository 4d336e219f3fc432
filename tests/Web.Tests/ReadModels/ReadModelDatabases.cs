using ItsmOrleans.Hosting.ReadModel;
using ItsmOrleans.Hosting.Database;
using Microsoft.Extensions.Logging.Abstractions;

namespace ItsmOrleans.Web.Tests.ReadModels;

/// <summary>A throwaway PostgreSQL server and a throwaway SQLite file, both with the project's schema applied.</summary>
public sealed class ReadModelDatabases : IAsyncLifetime
{
    private readonly string _sqliteFolder = Path.Combine(Path.GetTempPath(), "itsm-read-models-" + Guid.NewGuid().ToString("N"));
    private PostgresServer? _postgres;

    public ItsmDatabase Postgres { get; private set; } = null!;

    public ItsmDatabase Sqlite { get; private set; } = null!;

    public ItsmDatabase For(DatabaseProvider provider) => provider == DatabaseProvider.PostgreSql ? Postgres : Sqlite;

    public async Task InitializeAsync()
    {
        _postgres = await PostgresServer.StartNewAsync();
        Postgres = new ItsmDatabase(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = _postgres.ConnectionString });
        Sqlite = new ItsmDatabase(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, DataFolder = _sqliteFolder });
        foreach (var database in new[] { Postgres, Sqlite })
        {
            await new SchemaMigrator(database, [new AlertIdUpgrade()], NullLogger<SchemaMigrator>.Instance).MigrateAsync(CancellationToken.None);
        }
    }

    public async Task DisposeAsync()
    {
        await Postgres.DisposeAsync();
        await Sqlite.DisposeAsync();
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }

        if (Directory.Exists(_sqliteFolder))
        {
            Directory.Delete(_sqliteFolder, recursive: true);
        }
    }
}
