using System.Data.Common;
using System.Text.Json;
using ItsmOrleans.Contracts.Alerts;
using ItsmOrleans.Grains.Alerts;
using ItsmOrleans.Hosting.Database;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>The alerts table, keyed by the alert's grain key; lists show and find alerts by their public id.</summary>
public sealed class SqlAlertReadModel(ItsmDatabase database) : IAlertReadModel, IAlertProjection
{
    public async Task Upsert(string alertKey, AlertSummary alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO alerts (alert_key, alert_id, dedup_key, status, service_id, incident_id, last_seen, revision, summary_json)
            VALUES (@key, @id, @dedup, @status, @service, @incident, @last_seen, @revision, @json)
            ON CONFLICT (alert_key) DO UPDATE SET alert_id = excluded.alert_id, dedup_key = excluded.dedup_key, status = excluded.status,
                service_id = excluded.service_id, incident_id = excluded.incident_id, last_seen = excluded.last_seen,
                revision = excluded.revision, summary_json = excluded.summary_json
            WHERE alerts.revision < excluded.revision
            """;
        command.WithParameter("key", alertKey).WithParameter("id", IdText(alert.Id)).WithParameter("dedup", alert.DedupKey)
            .WithParameter("status", StatusText(alert.Status)).WithParameter("service", alert.ServiceId)
            .WithParameter("incident", alert.IncidentId?.ToString()).WithParameter("last_seen", database.TimeValue(alert.LastSeen))
            .WithParameter("revision", alert.Revision).WithParameter("json", JsonSerializer.Serialize(alert, ReadModelJson.Options));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AlertSummary>> ListOpen(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM alerts WHERE status <> @resolved ORDER BY last_seen DESC LIMIT @limit";
        command.WithParameter("resolved", StatusText(AlertStatus.Resolved)).WithParameter("limit", limit);
        return await Read(command, cancellationToken);
    }

    public async Task<IReadOnlyList<AlertSummary>> List(AlertFilter filter, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var where = new List<string>();
        void Where(string condition, string name, object? value)
        {
            if (value is not null)
            {
                where.Add(condition);
                command.WithParameter(name, value);
            }
        }

        Where("status = @status", "status", filter.Status is { } s ? StatusText(s) : null);
        Where("service_id = @service", "service", filter.ServiceId);
        Where("incident_id = @incident", "incident", filter.IncidentId?.ToString());
        Where("dedup_key = @dedup", "dedup", filter.DedupKey);
        command.CommandText = $"SELECT {Columns} FROM alerts {(where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where))} ORDER BY last_seen DESC LIMIT @limit";
        command.WithParameter("limit", limit);
        return await Read(command, cancellationToken);
    }

    public async Task<string?> KeyOf(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT alert_key FROM alerts WHERE alert_id = @id";
        command.WithParameter("id", IdText(id));
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task<IReadOnlyList<AlertSummary>> Page(Guid? afterId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = afterId is null
            ? $"SELECT {Columns} FROM alerts ORDER BY alert_id LIMIT @limit"
            : $"SELECT {Columns} FROM alerts WHERE alert_id > @after ORDER BY alert_id LIMIT @limit";
        command.WithParameter("limit", limit).WithParameter("after", afterId is { } after ? IdText(after) : null);
        return await Read(command, cancellationToken);
    }

    internal static string IdText(Guid id) => id.ToString("D");

    private const string Columns = "alert_id, summary_json";

    /// <summary>The id comes from its column: rows written before alerts had ids keep a summary without one.</summary>
    private static async Task<IReadOnlyList<AlertSummary>> Read(DbCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<AlertSummary>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var summary = JsonSerializer.Deserialize<AlertSummary>(reader.GetString(1), ReadModelJson.Options)!;
            rows.Add(summary with { Id = Guid.Parse(reader.GetString(0)) });
        }

        return rows;
    }

    private static string StatusText(AlertStatus status) => status.ToString().ToLowerInvariant();
}
