using System.Data.Common;

namespace ItsmOrleans.Hosting.Database;

/// <summary>Hands out <see cref="WaitingSqliteConnection"/>s, so that Orleans' providers and the read model share the same busy handling.</summary>
internal sealed class SqliteDataSource(string connectionString) : DbDataSource
{
    public override string ConnectionString { get; } = connectionString;

    protected override DbConnection CreateDbConnection() => new WaitingSqliteConnection(ConnectionString);
}
