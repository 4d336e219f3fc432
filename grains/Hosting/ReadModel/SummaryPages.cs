using System.Text.Json;
using ItsmOrleans.Hosting.Database;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>Keyset pages of a read-model table that keeps each row's summary as JSON under a text primary key "id".</summary>
internal static class SummaryPages
{
    /// <summary>Up to <paramref name="limit"/> rows of <paramref name="table"/> (a constant, never input) by id, after <paramref name="afterId"/>.</summary>
    public static async Task<IReadOnlyList<T>> After<T>(ItsmDatabase database, string table, string? afterId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = afterId is null
            ? $"SELECT summary_json FROM {table} ORDER BY id LIMIT @limit"
            : $"SELECT summary_json FROM {table} WHERE id > @after ORDER BY id LIMIT @limit";
        command.WithParameter("limit", limit).WithParameter("after", afterId);
        var rows = new List<T>(limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(JsonSerializer.Deserialize<T>(reader.GetString(0), ReadModelJson.Options)!);
        }

        return rows;
    }
}
