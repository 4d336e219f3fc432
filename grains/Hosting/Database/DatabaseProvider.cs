namespace ItsmOrleans.Hosting.Database;

/// <summary>Where grain state, reminders and the read model live.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded SQLite file in the data folder; one machine, no setup.</summary>
    Sqlite = 1,

    /// <summary>A PostgreSQL server; required for more than one silo.</summary>
    PostgreSql = 2,
}
