using System.Data.Common;
using System.Text.Json;
using ItsmOrleans.Contracts.Alerts;
using ItsmOrleans.Hosting.Database;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>Gives alert rows written before alerts had public ids their id and dedup key (script 230), a batch at a time.</summary>
public sealed class AlertIdUpgrade : IDataUpgrade
{
    private const int Batch = 500;

    public async Task Run(DbConnection connection, CancellationToken cancellationToken)
    {
        while (true)
        {
            var rows = new List<(string Key, string DedupKey)>();
            await using (var select = connection.CreateCommand())
            {
                select.CommandText = "SELECT alert_key, summary_json FROM alerts WHERE alert_id IS NULL ORDER BY alert_key LIMIT @limit";
                select.WithParameter("limit", Batch);
                await using var reader = await select.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    using var json = JsonDocument.Parse(reader.GetString(1));
                    var dedupKey = json.RootElement.TryGetProperty("dedupKey", out var d) ? d.GetString() : null;
                    rows.Add((reader.GetString(0), dedupKey ?? AlertKeys.TailOf(reader.GetString(0))));
                }
            }

            if (rows.Count == 0)
            {
                return;
            }

            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            foreach (var (key, dedupKey) in rows)
            {
                await using var update = connection.CreateCommand();
                update.Transaction = transaction;
                update.CommandText = "UPDATE alerts SET alert_id = @id, dedup_key = @dedup WHERE alert_key = @key";
                update.WithParameter("id", SqlAlertReadModel.IdText(AlertIds.Of(key))).WithParameter("dedup", dedupKey).WithParameter("key", key);
                await update.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
    }
}
