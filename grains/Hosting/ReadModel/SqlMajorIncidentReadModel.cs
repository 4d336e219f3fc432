using System.Text.Json;
using ItsmOrleans.Contracts.MajorIncidents;
using ItsmOrleans.Grains.MajorIncidents;
using ItsmOrleans.Hosting.Database;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>The major_incidents table: written by the major-incident grains, read by lists and the boards' banner.</summary>
public sealed class SqlMajorIncidentReadModel(ItsmDatabase database) : IMajorIncidentReadModel, IMajorIncidentProjection
{
    private const string UpsertSql = """
        INSERT INTO major_incidents (id, number, number_seq, status, title, commander, is_active, promoted_at, updated_at, revision, summary_json)
        VALUES (@id, @number, @number_seq, @status, @title, @commander, @is_active, @promoted_at, @updated_at, @revision, @summary_json)
        ON CONFLICT (id) DO UPDATE SET
            status = excluded.status,
            title = excluded.title,
            commander = excluded.commander,
            is_active = excluded.is_active,
            updated_at = excluded.updated_at,
            revision = excluded.revision,
            summary_json = excluded.summary_json
        WHERE major_incidents.revision < excluded.revision
        """;

    public async Task Upsert(MajorIncidentSummary majorIncident, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(majorIncident);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = UpsertSql;
        command.WithParameter("id", majorIncident.Id.ToString("D"))
            .WithParameter("number", majorIncident.Number)
            .WithParameter("number_seq", SqlIncidentReadModel.NumberSequence(majorIncident.Number))
            .WithParameter("status", majorIncident.Status.ToString())
            .WithParameter("title", majorIncident.Title)
            .WithParameter("commander", majorIncident.Commander)
            .WithParameter("is_active", majorIncident.IsActive)
            .WithParameter("promoted_at", database.TimeValue(majorIncident.PromotedAt))
            .WithParameter("updated_at", database.TimeValue(majorIncident.UpdatedAt))
            .WithParameter("revision", majorIncident.Revision)
            .WithParameter("summary_json", JsonSerializer.Serialize(majorIncident, ReadModelJson.Options));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<MajorIncidentSummary>> List(bool all, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = all
            ? "SELECT summary_json FROM major_incidents ORDER BY number_seq DESC LIMIT @limit"
            : "SELECT summary_json FROM major_incidents WHERE is_active = @active ORDER BY number_seq DESC LIMIT @limit";
        command.WithParameter("limit", limit);
        if (!all)
        {
            command.WithParameter("active", true);
        }

        var rows = new List<MajorIncidentSummary>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(JsonSerializer.Deserialize<MajorIncidentSummary>(reader.GetString(0), ReadModelJson.Options)!);
        }

        return rows;
    }
}
