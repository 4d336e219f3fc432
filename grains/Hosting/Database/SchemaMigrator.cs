using System.Data.Common;
using Microsoft.Extensions.Logging;

namespace ItsmOrleans.Hosting.Database;

/// <summary>
/// Brings the database up to date with the scripts of deploy/sql for its dialect. Each script runs once, in
/// name order, in a transaction with its row in itsm_schema_history; an applied script that has since been
/// edited stops the migration, because a new numbered script is the way to change a schema.
/// </summary>
public sealed class SchemaMigrator(ItsmDatabase database, IEnumerable<IDataUpgrade> upgrades, ILogger<SchemaMigrator> logger)
{
    // The same key in every silo, so silos starting together migrate one after another.
    private const long PostgreSqlLockKey = 0x17_5E_4D_10_00_01;

    private const string PostgreSqlHistoryTable = """
        CREATE TABLE IF NOT EXISTS itsm_schema_history
        (
            script     text        NOT NULL PRIMARY KEY,
            checksum   text        NOT NULL,
            applied_at timestamptz NOT NULL DEFAULT now()
        );
        """;

    private const string SqliteHistoryTable = """
        CREATE TABLE IF NOT EXISTS itsm_schema_history
        (
            script     TEXT NOT NULL PRIMARY KEY,
            checksum   TEXT NOT NULL,
            applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        );
        """;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var scripts = SchemaScript.For(database.Provider);
        var postgres = database.Provider == DatabaseProvider.PostgreSql;
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        if (postgres)
        {
            await ExecuteAsync(connection, null, "SELECT pg_advisory_lock(@key)", cancellationToken, ("key", PostgreSqlLockKey));
        }
        else
        {
            // Readers do not block the writer and the other way round; the mode sticks to the file.
            await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL", cancellationToken);
        }

        try
        {
            await ExecuteAsync(connection, null, postgres ? PostgreSqlHistoryTable : SqliteHistoryTable, cancellationToken);
            foreach (var script in scripts)
            {
                await ApplyAsync(connection, script, cancellationToken);
            }

            foreach (var upgrade in upgrades)
            {
                await upgrade.Run(connection, cancellationToken);
            }
        }
        finally
        {
            if (postgres)
            {
                await ExecuteAsync(connection, null, "SELECT pg_advisory_unlock(@key)", CancellationToken.None, ("key", PostgreSqlLockKey));
            }
        }
    }

    private async Task ApplyAsync(DbConnection connection, SchemaScript script, CancellationToken cancellationToken)
    {
        // Microsoft.Data.Sqlite begins IMMEDIATE, so another process migrating the same file waits here.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var appliedChecksum = await AppliedChecksumAsync(connection, transaction, script.Name, cancellationToken);
        if (appliedChecksum == script.Checksum)
        {
            return;
        }

        if (appliedChecksum is not null)
        {
            throw new InvalidOperationException(
                $"Schema script '{script.Name}' was changed after it was applied (applied checksum {appliedChecksum}, now {script.Checksum}). " +
                "Restore the applied text and put the change in a new numbered script.");
        }

        await ExecuteAsync(connection, transaction, script.Text, cancellationToken);
        await ExecuteAsync(
            connection,
            transaction,
            "INSERT INTO itsm_schema_history (script, checksum) VALUES (@script, @checksum)",
            cancellationToken,
            ("script", script.Name),
            ("checksum", script.Checksum));
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Applied schema script {Script} ({Provider})", script.Name, database.Provider);
    }

    private static async Task<string?> AppliedChecksumAsync(
        DbConnection connection, DbTransaction transaction, string script, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT checksum FROM itsm_schema_history WHERE script = @script";
        command.WithParameter("script", script);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private static async Task ExecuteAsync(
        DbConnection connection,
        DbTransaction? transaction,
        string sql,
        CancellationToken cancellationToken,
        params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;

        // A script may build an index over a million rows; it runs as long as it needs (cancellation still stops it).
        command.CommandTimeout = 0;
        foreach (var (name, value) in parameters)
        {
            command.WithParameter(name, value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
