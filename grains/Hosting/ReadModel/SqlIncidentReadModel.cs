using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Grains.Incidents;
using ItsmOrleans.Grains.Services;
using ItsmOrleans.Hosting.Database;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>
/// The incidents table, in SQLite or PostgreSQL: the grains write it through <see cref="IIncidentProjection"/>,
/// lists and boards read it. The SQL is the same for both; only how a time is bound differs.
/// </summary>
public sealed class SqlIncidentReadModel(ItsmDatabase database) : IIncidentReadModel, IIncidentProjection, IServiceIncidentSource
{
    public const int MaxPageSize = 200;

    // A row replaces the stored one only with a higher revision: SLA events bump the revision but not the
    // version, and a delayed write must not undo a newer one.
    private const string UpsertSql = """
        INSERT INTO incidents
            (id, number, number_seq, title, status, priority, service_id, assignment_group, assignee, requester,
             created_at, updated_at, version, revision, resolution_due_at, is_open, summary_json, sla_policy_id)
        VALUES
            (@id, @number, @number_seq, @title, @status, @priority, @service_id, @assignment_group, @assignee, @requester,
             @created_at, @updated_at, @version, @revision, @resolution_due_at, @is_open, @summary_json, @sla_policy_id)
        ON CONFLICT (id) DO UPDATE SET
            number = excluded.number,
            number_seq = excluded.number_seq,
            title = excluded.title,
            status = excluded.status,
            priority = excluded.priority,
            service_id = excluded.service_id,
            assignment_group = excluded.assignment_group,
            assignee = excluded.assignee,
            requester = excluded.requester,
            created_at = excluded.created_at,
            updated_at = excluded.updated_at,
            version = excluded.version,
            revision = excluded.revision,
            resolution_due_at = excluded.resolution_due_at,
            is_open = excluded.is_open,
            summary_json = excluded.summary_json,
            sla_policy_id = excluded.sla_policy_id
        WHERE incidents.revision < excluded.revision
           OR (incidents.sla_policy_id IS NULL AND excluded.sla_policy_id IS NOT NULL AND incidents.revision = excluded.revision)
        """;

    public Task Upsert(IncidentSummary summary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return database.Writes.Execute([SqlWrite.Of(UpsertSql,
            ("id", summary.Id.ToString("D")),
            ("number", summary.Number),
            ("number_seq", NumberSequence(summary.Number)),
            ("title", summary.Title),
            ("status", summary.Status.ToString()),
            ("priority", (int)summary.Priority),
            ("service_id", summary.ServiceId),
            ("assignment_group", summary.AssignmentGroup),
            ("assignee", summary.Assignee),
            ("requester", summary.Requester),
            ("created_at", Time(summary.CreatedAt)),
            ("updated_at", Time(summary.UpdatedAt)),
            ("version", summary.Version),
            ("revision", summary.Revision),
            ("resolution_due_at", summary.Resolution.DueAt is { } due ? Time(due) : null),
            ("is_open", summary.IsOpen),
            ("summary_json", JsonSerializer.Serialize(summary, ReadModelJson.Options)),
            ("sla_policy_id", summary.SlaPolicyId))], cancellationToken);
    }

    public async Task<IncidentPage> Query(IncidentQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var limit = Math.Clamp(query.Limit, 1, MaxPageSize);
        var after = query.After is null ? (long?)null : IncidentCursor.Decode(query.After);

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var where = IncidentFilter.Where(command, query, after);

        // One row more than the page tells whether there is a next page.
        command.CommandText = $"SELECT number_seq, summary_json FROM incidents{where} ORDER BY number_seq DESC LIMIT @limit";
        command.WithParameter("limit", limit + 1);
        var rows = await ReadAsync(command, cancellationToken);

        if (rows.Count <= limit)
        {
            return new IncidentPage(rows.ConvertAll(row => row.Summary), null);
        }

        var page = rows.GetRange(0, limit);
        return new IncidentPage(page.ConvertAll(row => row.Summary), IncidentCursor.Encode(page[^1].NumberSequence));
    }

    public async Task<IReadOnlyList<IncidentSummary>> OpenOn(string serviceId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT number_seq, summary_json FROM incidents WHERE is_open = @is_open AND service_id = @service_id";
        command.WithParameter("is_open", true).WithParameter("service_id", serviceId);
        var rows = await ReadAsync(command, cancellationToken);
        return rows.ConvertAll(row => row.Summary);
    }

    public async Task<IReadOnlyList<IncidentSummary>> ListOpen(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT number_seq, summary_json FROM incidents WHERE is_open = @is_open ORDER BY number_seq DESC";
        command.WithParameter("is_open", true);
        var rows = await ReadAsync(command, cancellationToken);
        return rows.ConvertAll(row => row.Summary);
    }

    /// <summary>The numeric tail of an incident number: INC0000042 → 42.</summary>
    public static long NumberSequence(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var digits = number.AsSpan(number.AsSpan().LastIndexOfAnyExceptInRange('0', '9') + 1);
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            ? sequence
            : throw new ArgumentException($"Incident number '{number}' does not end in digits.", nameof(number));
    }

    private object Time(DateTimeOffset at) => database.TimeValue(at);

    private static async Task<List<(long NumberSequence, IncidentSummary Summary)>> ReadAsync(
        DbCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<(long, IncidentSummary)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var summary = JsonSerializer.Deserialize<IncidentSummary>(reader.GetString(1), ReadModelJson.Options)
                ?? throw new InvalidOperationException($"Incident row {reader.GetInt64(0)} has an empty summary_json.");
            rows.Add((reader.GetInt64(0), summary));
        }

        return rows;
    }
}
