using System.Data.Common;
using System.Globalization;
using System.Text;
using ItsmOrleans.Domain.Reports;
using ItsmOrleans.Grains.Reports;
using ItsmOrleans.Hosting.Database;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>
/// The ticket_history table, in SQLite or PostgreSQL: the grains append to it through
/// <see cref="ITicketHistoryProjection"/>, the reports aggregate it with indexes on (event, time) and on the backlog rows.
/// </summary>
public sealed class SqlReportReadModel(ItsmDatabase database) : IReportReadModel, ITicketHistoryProjection
{
    private const int MaxFactsPerStatement = 100;

    private const string Columns =
        "ticket_id, event, ordinal, kind, number, at, outcome, priority, service_id, assignment_group, opened_at, duration_seconds, backlog_delta";

    public Task Append(IReadOnlyList<TicketHistoryEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        // A statement's parameters are limited (SQLite allows 32,766), and SQLite finds each named parameter by a
        // linear search, so binding costs the square of a statement's size: long histories go in slices of 100 facts.
        return database.Writes.Execute([.. events.Chunk(MaxFactsPerStatement).Select(Insert)], cancellationToken);
    }

    private SqlWrite Insert(TicketHistoryEvent[] events)
    {
        var sql = new StringBuilder($"INSERT INTO ticket_history ({Columns}) VALUES ");
        var parameters = new List<KeyValuePair<string, object?>>(events.Length * 13);
        void Add(string name, int i, object? value) => parameters.Add(KeyValuePair.Create(name + i.ToString(CultureInfo.InvariantCulture), value));
        for (var i = 0; i < events.Length; i++)
        {
            var e = events[i];
            sql.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture,
                $"(@t{i}, @e{i}, @o{i}, @k{i}, @n{i}, @a{i}, @r{i}, @p{i}, @s{i}, @g{i}, @b{i}, @d{i}, @l{i})");
            Add("t", i, e.TicketId.ToString("D"));
            Add("e", i, e.Event);
            Add("o", i, e.Ordinal);
            Add("k", i, e.Kind);
            Add("n", i, e.Number);
            Add("a", i, database.TimeValue(e.At));
            Add("r", i, e.Outcome);
            Add("p", i, e.Priority);
            Add("s", i, e.ServiceId);
            Add("g", i, e.AssignmentGroup);
            Add("b", i, database.TimeValue(e.OpenedAt));
            Add("d", i, e.Duration is { } d ? (long)Math.Round(d.TotalSeconds) : null);
            Add("l", i, e.BacklogDelta);
        }

        return new SqlWrite(sql.Append(" ON CONFLICT DO NOTHING").ToString(), parameters);
    }

    public async Task<IReadOnlyList<DurationBucket>> Durations(string kind, string eventName, ReportFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var group = GroupColumn(filter.GroupBy);
        // The first fact of each ticket only (ordinal 1): facts a database wrote before resolutions after a reopen
        // lost their duration still carry one.
        command.CommandText = $"""
            SELECT {group}, duration_seconds, COUNT(*) FROM ticket_history
            WHERE event = @event AND kind = @kind AND at >= @from AND at < @to AND ordinal = 1 AND duration_seconds IS NOT NULL{Narrowing(command, filter)}
            GROUP BY {group}, duration_seconds
            """;
        command.WithParameter("event", eventName).WithParameter("kind", kind);
        var rows = new List<DurationBucket>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new DurationBucket(Group(reader, filter.GroupBy), reader.GetInt64(1), reader.GetInt64(2)));
        }

        return rows;
    }

    public Task<IReadOnlyList<OutcomeCount>> Outcomes(string kind, string eventName, ReportFilter filter, CancellationToken cancellationToken) =>
        Count(kind, eventName, filter, firstPerTicket: false, cancellationToken);

    public Task<IReadOnlyList<OutcomeCount>> FirstOutcomes(string kind, string eventName, ReportFilter filter, CancellationToken cancellationToken) =>
        Count(kind, eventName, filter, firstPerTicket: true, cancellationToken);

    private async Task<IReadOnlyList<OutcomeCount>> Count(string kind, string eventName, ReportFilter filter, bool firstPerTicket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var group = GroupColumn(filter.GroupBy);
        // The primary key (ticket, event, ordinal) finds a ticket's earlier facts of the event.
        var first = firstPerTicket
            ? " AND NOT EXISTS (SELECT 1 FROM ticket_history earlier WHERE earlier.ticket_id = h.ticket_id AND earlier.event = h.event AND earlier.ordinal < h.ordinal AND earlier.outcome = h.outcome)"
            : "";
        command.CommandText = $"""
            SELECT {group}, outcome, COUNT(*) FROM ticket_history h
            WHERE event = @event AND kind = @kind AND at >= @from AND at < @to{Narrowing(command, filter)}{first}
            GROUP BY {group}, outcome
            """;
        command.WithParameter("event", eventName).WithParameter("kind", kind);
        var rows = new List<OutcomeCount>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new OutcomeCount(Group(reader, filter.GroupBy), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetInt64(2)));
        }

        return rows;
    }

    public async Task<BacklogFigures> Backlog(ReportFilter filter, IReadOnlyList<DateTimeOffset> ageBoundaries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(ageBoundaries);
        var postgres = database.Provider == DatabaseProvider.PostgreSql;
        await using var connection = await database.OpenConnectionAsync(cancellationToken);

        await using var daily = connection.CreateCommand();
        var day = postgres ? "CAST(at AT TIME ZONE 'UTC' AS date)" : "substr(at, 1, 10)";
        daily.CommandText = $"""
            SELECT {day}, SUM(backlog_delta) FROM ticket_history
            WHERE backlog_delta <> 0 AND at >= @from AND at < @to{Narrowing(daily, filter)}
            GROUP BY {day}
            """;
        var byDay = await Pairs(daily, r => postgres ? r.GetFieldValue<DateOnly>(0).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : r.GetString(0), cancellationToken);

        await using var ages = connection.CreateCommand();
        var buckets = new StringBuilder("CASE");
        for (var i = 0; i < ageBoundaries.Count; i++)
        {
            buckets.Append(CultureInfo.InvariantCulture, $" WHEN opened_at > @age{i} THEN {i}");
            ages.WithParameter($"age{i}", database.TimeValue(ageBoundaries[i]));
        }

        buckets.Append(CultureInfo.InvariantCulture, $" ELSE {ageBoundaries.Count} END");
        // The backlog now, less the rows since each time: what was open at the start, and what is open at the end by
        // age (a ticket's entering and leaving rows share its opening time, so they cancel out within a bucket).
        var narrowing = Narrowing(ages, filter);
        ages.CommandText = $"""
            SELECT {buckets}, SUM(at_end), SUM(at_start) FROM (
                SELECT opened_at, backlog AS at_end, backlog AS at_start FROM backlog_now
                WHERE 1 = 1{narrowing}
                UNION ALL
                SELECT opened_at, CASE WHEN at >= @to THEN -backlog_delta ELSE 0 END, -backlog_delta FROM ticket_history
                WHERE backlog_delta <> 0 AND at >= @from{narrowing}
            ) b
            GROUP BY {buckets}
            """;
        var byAge = new Dictionary<int, long>();
        var atStart = 0L;
        await using (var reader = await ages.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                byAge[Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture)] = Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture);
                atStart += Convert.ToInt64(reader.GetValue(2), CultureInfo.InvariantCulture);
            }
        }

        return new BacklogFigures(atStart, byDay, byAge);
    }

    private static async Task<Dictionary<TKey, long>> Pairs<TKey>(DbCommand command, Func<DbDataReader, TKey> key, CancellationToken cancellationToken)
        where TKey : notnull
    {
        var pairs = new Dictionary<TKey, long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            pairs[key(reader)] = Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture);
        }

        return pairs;
    }

    /// <summary>The range and the filters as conditions (each starting with AND), their parameters added to the command.</summary>
    private string Narrowing(DbCommand command, ReportFilter filter)
    {
        var sql = new StringBuilder();
        command.WithParameter("from", database.TimeValue(filter.From)).WithParameter("to", database.TimeValue(filter.To));

        if (filter.Priority is { } priority)
        {
            sql.Append(" AND priority = @priority");
            command.WithParameter("priority", priority);
        }

        if (filter.ServiceId is { } service)
        {
            sql.Append(" AND service_id = @service_id");
            command.WithParameter("service_id", service);
        }

        if (filter.AssignmentGroup is { } group)
        {
            sql.Append(" AND assignment_group = @assignment_group");
            command.WithParameter("assignment_group", group);
        }

        return sql.ToString();
    }

    private static string GroupColumn(ReportGrouping grouping) => grouping switch
    {
        ReportGrouping.Priority => "priority",
        ReportGrouping.Service => "service_id",
        ReportGrouping.AssignmentGroup => "assignment_group",
        _ => throw new ArgumentOutOfRangeException(nameof(grouping), grouping, "Not a report grouping."),
    };

    private static string? Group(DbDataReader reader, ReportGrouping grouping) =>
        reader.IsDBNull(0) ? null
        : grouping == ReportGrouping.Priority ? "P" + Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)
        : reader.GetString(0);
}
