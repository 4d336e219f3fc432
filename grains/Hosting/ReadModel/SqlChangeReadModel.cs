using System.Data.Common;
using System.Text.Json;
using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Grains.Changes;
using ItsmOrleans.Hosting.Database;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>The changes table: the change grains write it and read each other's windows from it; lists and the calendar read it.</summary>
public sealed class SqlChangeReadModel(ItsmDatabase database) : IChangeReadModel, IChangeProjection, IChangeScheduleReader
{
    public const int MaxPageSize = 200;

    private const string UpsertSql = """
        INSERT INTO changes
            (id, number, number_seq, type, status, title, service_id, implementer, window_start, window_end, holds_window,
             risk, outcome, unresolved_conflicts, updated_at, revision, summary_json)
        VALUES
            (@id, @number, @number_seq, @type, @status, @title, @service_id, @implementer, @window_start, @window_end, @holds_window,
             @risk, @outcome, @unresolved_conflicts, @updated_at, @revision, @summary_json)
        ON CONFLICT (id) DO UPDATE SET
            type = excluded.type,
            status = excluded.status,
            title = excluded.title,
            service_id = excluded.service_id,
            implementer = excluded.implementer,
            window_start = excluded.window_start,
            window_end = excluded.window_end,
            holds_window = excluded.holds_window,
            risk = excluded.risk,
            outcome = excluded.outcome,
            unresolved_conflicts = excluded.unresolved_conflicts,
            updated_at = excluded.updated_at,
            revision = excluded.revision,
            summary_json = excluded.summary_json
        WHERE changes.revision < excluded.revision
        """;

    public async Task Upsert(ChangeSummary change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = UpsertSql;
        command.WithParameter("id", change.Id.ToString("D"))
            .WithParameter("number", change.Number)
            .WithParameter("number_seq", SqlIncidentReadModel.NumberSequence(change.Number))
            .WithParameter("type", change.Type.ToString())
            .WithParameter("status", change.Status.ToString())
            .WithParameter("title", change.Title)
            .WithParameter("service_id", change.ServiceId)
            .WithParameter("implementer", change.Implementer)
            .WithParameter("window_start", change.Window is { } w ? Time(w.Start) : null)
            .WithParameter("window_end", change.Window is { } e ? Time(e.End) : null)
            .WithParameter("holds_window", change.HoldsWindow)
            .WithParameter("risk", change.Risk?.ToString())
            .WithParameter("outcome", change.Outcome?.ToString())
            .WithParameter("unresolved_conflicts", change.UnresolvedConflicts)
            .WithParameter("updated_at", Time(change.UpdatedAt))
            .WithParameter("revision", change.Revision)
            .WithParameter("summary_json", JsonSerializer.Serialize(change, ReadModelJson.Options));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<ChangePage> Query(ChangeQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var limit = Math.Clamp(query.Limit, 1, MaxPageSize);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var where = new List<string>();
        if (query.Status is { } status)
        {
            where.Add("status = @status");
            command.WithParameter("status", status.ToString());
        }

        if (query.ServiceId is { } serviceId)
        {
            where.Add("service_id = @service_id");
            command.WithParameter("service_id", serviceId);
        }

        if (query.After is { } after)
        {
            where.Add("number_seq < @after");
            command.WithParameter("after", IncidentCursor.Decode(after));
        }

        var filter = where.Count == 0 ? "" : " WHERE " + string.Join(" AND ", where);
        command.CommandText = $"SELECT number_seq, summary_json FROM changes{filter} ORDER BY number_seq DESC LIMIT @limit";
        command.WithParameter("limit", limit + 1);
        var rows = await Read(command, cancellationToken);
        if (rows.Count <= limit)
        {
            return new ChangePage(rows.ConvertAll(r => r.Change), null);
        }

        var page = rows.GetRange(0, limit);
        return new ChangePage(page.ConvertAll(r => r.Change), IncidentCursor.Encode(page[^1].NumberSequence));
    }

    public async Task<IReadOnlyList<ChangeSummary>> Calendar(DateTimeOffset from, DateTimeOffset to, string? serviceId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var service = serviceId is null ? "" : " AND service_id = @service_id";
        command.CommandText = $"""
            SELECT number_seq, summary_json FROM changes
            WHERE window_start < @to AND window_end > @from AND status <> @cancelled{service}
            ORDER BY window_start, number_seq LIMIT @limit
            """;
        command.WithParameter("from", Time(from)).WithParameter("to", Time(to))
            .WithParameter("cancelled", nameof(ChangeStatus.Cancelled)).WithParameter("limit", limit);
        if (serviceId is not null)
        {
            command.WithParameter("service_id", serviceId);
        }

        return (await Read(command, cancellationToken)).ConvertAll(r => r.Change);
    }

    public async Task<IReadOnlyList<ChangeSummary>> Overlapping(ChangeWindow window, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(window);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT number_seq, summary_json FROM changes
            WHERE holds_window = @holds AND window_start < @end AND window_end > @start
            ORDER BY window_start, number_seq LIMIT @limit
            """;
        command.WithParameter("holds", true).WithParameter("start", Time(window.Start)).WithParameter("end", Time(window.End))
            .WithParameter("limit", limit);
        return (await Read(command, cancellationToken)).ConvertAll(r => r.Change);
    }

    public async Task<int> FailedSince(string serviceId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT COUNT(*) FROM changes
            WHERE service_id = @service_id AND outcome IN (@failed, @backed_out) AND updated_at >= @since
            """;
        command.WithParameter("service_id", serviceId).WithParameter("since", Time(since))
            .WithParameter("failed", nameof(ChangeOutcome.Failed)).WithParameter("backed_out", nameof(ChangeOutcome.BackedOut));
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private object Time(DateTimeOffset at) => database.TimeValue(at);

    private static async Task<List<(long NumberSequence, ChangeSummary Change)>> Read(DbCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<(long, ChangeSummary)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var change = JsonSerializer.Deserialize<ChangeSummary>(reader.GetString(1), ReadModelJson.Options)
                ?? throw new InvalidOperationException($"Change row {reader.GetInt64(0)} has an empty summary_json.");
            rows.Add((reader.GetInt64(0), change));
        }

        return rows;
    }
}
