using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ItsmOrleans.Hosting.Database;

/// <summary>
/// The one database of a deployment: what Orleans' ADO.NET providers are configured with,
/// and the connections of the schema migrator and the read model.
/// </summary>
public sealed class ItsmDatabase : IAsyncDisposable, IDisposable
{
    /// <summary>The invariant names Orleans' ADO.NET providers expect; Orleans maps the SQLite one to Microsoft.Data.Sqlite.</summary>
    public const string PostgreSqlInvariant = "Npgsql";
    public const string SqliteInvariant = "System.Data.SQLite";

    private readonly DbDataSource dataSource;

    public ItsmDatabase(DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Provider = options.Provider;
        switch (Provider)
        {
            case DatabaseProvider.PostgreSql:
                if (string.IsNullOrWhiteSpace(options.ConnectionString))
                {
                    throw new OptionsValidationException(
                        DatabaseOptions.Section,
                        typeof(DatabaseOptions),
                        [$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.ConnectionString)} is required when {DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)} is {nameof(DatabaseProvider.PostgreSql)}."]);
                }

                ConnectionString = WithoutResetOnClose(options.ConnectionString);
                dataSource = NpgsqlDataSource.Create(ConnectionString);
                break;

            case DatabaseProvider.Sqlite:
                Directory.CreateDirectory(Path.GetDirectoryName(options.SqliteFile)!);
                ConnectionString = new SqliteConnectionStringBuilder
                {
                    DataSource = options.SqliteFile,
                    DefaultTimeout = 30,
                    Pooling = true,
                }.ToString();
                dataSource = new SqliteDataSource(ConnectionString);
                break;

            default:
                throw new OptionsValidationException(
                    DatabaseOptions.Section,
                    typeof(DatabaseOptions),
                    [$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)} '{Provider}' is not supported; use {nameof(DatabaseProvider.Sqlite)} or {nameof(DatabaseProvider.PostgreSql)}."]);
        }

        // PostgreSQL commits several transactions at once (and flushes their WAL together); SQLite has one writer.
        Writes = new GroupCommit(OpenConnectionAsync, Provider == DatabaseProvider.PostgreSql ? 4 : 1);
    }

    public DatabaseProvider Provider { get; }

    /// <summary>Where the read-model writes that accompany a grain's change are committed, together with others'.</summary>
    public GroupCommit Writes { get; }

    /// <summary>
    /// Nothing here leaves session state on a connection (no SET, no temporary table, no session lock kept), so the
    /// pool need not send DISCARD ALL each time a connection goes back: that was half of the round trips of a write.
    /// A connection string that says otherwise is kept as it is.
    /// </summary>
    private static string WithoutResetOnClose(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase) && !connectionString.Contains("NoResetOnClose", StringComparison.OrdinalIgnoreCase))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    /// <summary>For the Invariant of Orleans' AdoNet storage, reminder and clustering options.</summary>
    public string OrleansInvariant => Provider == DatabaseProvider.PostgreSql ? PostgreSqlInvariant : SqliteInvariant;

    /// <summary>The connection string behind <see cref="DataSource"/>.</summary>
    public string ConnectionString { get; }

    /// <summary>
    /// A time as a query parameter: Npgsql writes timestamptz only from a UTC DateTimeOffset; SQLite stores round-trip
    /// text, which sorts in time order.
    /// </summary>
    public object TimeValue(DateTimeOffset at) => Provider == DatabaseProvider.PostgreSql
        ? at.ToUniversalTime()
        : at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    /// <summary>Where every connection comes from: Orleans' providers and the read model share it.</summary>
    public DbDataSource DataSource => dataSource;

    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await dataSource.OpenConnectionAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await Writes.DisposeAsync();
        await dataSource.DisposeAsync();
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
