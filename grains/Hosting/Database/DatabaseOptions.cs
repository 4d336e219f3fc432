namespace ItsmOrleans.Hosting.Database;

/// <summary>Bound from the "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Sqlite (default) or PostgreSql.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>The folder that holds the SQLite file; relative paths start at the working directory.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>The PostgreSQL connection string; required when <see cref="Provider"/> is PostgreSql.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply the schema scripts at start (the default for SQLite). PostgreSQL is migrated explicitly unless this is set.</summary>
    public bool? MigrateOnStart { get; set; }

    /// <summary>
    /// On PostgreSQL, grain state writes that happen together share a transaction (<see cref="GroupCommittedGrainStorage"/>).
    /// Off, each is its own transaction, as Orleans writes it; kept as a switch to measure the difference.
    /// </summary>
    public bool GroupCommitGrainState { get; set; } = true;

    public string SqliteFile => Path.GetFullPath(Path.Combine(DataFolder, "itsm.db"));
}
