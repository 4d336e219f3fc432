using System.Data.Common;

namespace ItsmOrleans.Hosting.Database;

/// <summary>
/// A step of a schema upgrade that SQL alone cannot do (it needs the hub's own code, such as a hash), run by the
/// <see cref="SchemaMigrator"/> after the scripts, under the same lock. It must be idempotent and cheap once done.
/// </summary>
public interface IDataUpgrade
{
    Task Run(DbConnection connection, CancellationToken cancellationToken);
}
