using System.Text.Json;
using ItsmOrleans.Hosting.Database;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>Keyset pages of a read-model table that keeps each row's summary as JSON under a text primary key ("id" unless told).</summary>
internal static class SummaryPages
{
    /// <summary>Up to <paramref name="limit"/> rows of <paramref name="table"/> (a constant, never input) by id, after <paramref name="afterId"/>.</summary>
    public static Task<IReadOnlyList<T>> After<T>(ItsmDatabase database, string table, string? afterId, int limit, CancellationToken cancellationToken) =>
        After<T>(database, table, "id", "summary_json", afterId, limit, cancellationToken);

    /// <summary>The same for a table whose key and JSON columns (constants, never input) have other names.</summary>
    public static async Task<IReadOnlyList<T>> After<T>(
        ItsmDatabase database, string table, string keyColumn, string jsonColumn, string? afterId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = afterId is null
            ? $"SELECT {jsonColumn} FROM {table} ORDER BY {keyColumn} LIMIT @limit"
            : $"SELECT {jsonColumn} FROM {table} WHERE {keyColumn} > @after ORDER BY {keyColumn} LIMIT @limit";
        command.WithParameter("limit", limit).WithParameter("after", afterId);
        var rows = new List<T>(Math.Min(limit, 256));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(JsonSerializer.Deserialize<T>(reader.GetString(0), ReadModelJson.Options)!);
        }

        return rows;
    }
}
