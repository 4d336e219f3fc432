using System.Data.Common;
using System.Text.Json;
using ItsmOrleans.Contracts.Alerts;
using ItsmOrleans.Grains.Alerts;
using ItsmOrleans.Hosting.Database;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>The alerts table.</summary>
public sealed class SqlAlertReadModel(ItsmDatabase database) : IAlertReadModel, IAlertProjection
{
    public async Task Upsert(AlertSummary alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO alerts (alert_key, status, service_id, incident_id, last_seen, revision, summary_json)
            VALUES (@key, @status, @service, @incident, @last_seen, @revision, @json)
            ON CONFLICT (alert_key) DO UPDATE SET status = excluded.status, service_id = excluded.service_id, incident_id = excluded.incident_id,
                last_seen = excluded.last_seen, revision = excluded.revision, summary_json = excluded.summary_json
            WHERE alerts.revision < excluded.revision
            """;
        command.WithParameter("key", alert.Key).WithParameter("status", StatusText(alert.Status)).WithParameter("service", alert.ServiceId)
            .WithParameter("incident", alert.IncidentId?.ToString()).WithParameter("last_seen", database.TimeValue(alert.LastSeen))
            .WithParameter("revision", alert.Revision).WithParameter("json", JsonSerializer.Serialize(alert, ReadModelJson.Options));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AlertSummary>> ListOpen(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT summary_json FROM alerts WHERE status <> @resolved ORDER BY last_seen DESC LIMIT @limit";
        command.WithParameter("resolved", StatusText(AlertStatus.Resolved)).WithParameter("limit", limit);
        return await Read(command, cancellationToken);
    }

    public async Task<IReadOnlyList<AlertSummary>> List(AlertStatus? status, string? serviceId, Guid? incidentId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var where = new List<string>();
        if (status is { } s)
        {
            where.Add("status = @status");
            command.WithParameter("status", StatusText(s));
        }

        if (serviceId is not null)
        {
            where.Add("service_id = @service");
            command.WithParameter("service", serviceId);
        }

        if (incidentId is { } incident)
        {
            where.Add("incident_id = @incident");
            command.WithParameter("incident", incident.ToString());
        }

        command.CommandText = $"SELECT summary_json FROM alerts {(where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where))} ORDER BY last_seen DESC LIMIT @limit";
        command.WithParameter("limit", limit);
        return await Read(command, cancellationToken);
    }

    public Task<IReadOnlyList<AlertSummary>> Page(string? afterKey, int limit, CancellationToken cancellationToken) =>
        SummaryPages.After<AlertSummary>(database, "alerts", "alert_key", "summary_json", afterKey, limit, cancellationToken);

    private static async Task<IReadOnlyList<AlertSummary>> Read(DbCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<AlertSummary>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(JsonSerializer.Deserialize<AlertSummary>(reader.GetString(0), ReadModelJson.Options)!);
        }

        return rows;
    }

    private static string StatusText(AlertStatus status) => status.ToString().ToLowerInvariant();
}
