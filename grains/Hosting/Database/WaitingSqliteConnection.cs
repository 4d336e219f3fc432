using ItsmOrleans.Domain.Search;
using Microsoft.Data.Sqlite;

namespace ItsmOrleans.Hosting.Database;

/// <summary>
/// A SQLite connection that lets SQLite itself wait for a busy database (PRAGMA busy_timeout) instead of failing at once.
/// Microsoft.Data.Sqlite otherwise retries a busy statement every 150 ms, which turns every concurrent write into a
/// 150 ms stall; SQLite's own busy handler retries within a millisecond or two.
/// It also offers the functions the schema scripts call that SQLite lacks.
/// </summary>
internal sealed class WaitingSqliteConnection(string connectionString) : SqliteConnection(connectionString)
{
    public const int BusyTimeoutMilliseconds = 30_000;

    public override void Open()
    {
        base.Open();
        using var command = CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds};";
        command.ExecuteNonQuery();

        // 220_search_backfill gives existing services the search id their grain gives them; SQLite has no SHA-256.
        CreateFunction("search_service_id", (string key) => ServiceSearchId.Of(key).ToString("D"), isDeterministic: true);
    }
}
