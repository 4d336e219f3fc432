using System.Data.Common;
using ItsmOrleans.Domain.Reports;
using ItsmOrleans.Hosting.Database;
using ItsmOrleans.Hosting.ReadModel;

namespace ItsmOrleans.Web.Tests.ReadModels;

/// <summary>An upgraded database: the ticket history starts with what the incident list knows, and the grains' own facts add nothing twice.</summary>
[Trait("Category", "Database")]
public class TicketHistoryBackfillTests(ReadModelDatabases databases) : IClassFixture<ReadModelDatabases>
{
    private static readonly DateTimeOffset Day = new(2031, 6, 1, 8, 0, 0, TimeSpan.Zero);

    public static TheoryData<DatabaseProvider> Providers() => [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Existing_incidents_are_opened_and_closed_ones_resolved_and_a_later_write_of_the_same_facts_counts_once(DatabaseProvider provider)
    {
        var database = databases.For(provider);
        var group = "old-" + Guid.NewGuid().ToString("N")[..10];
        var open = Guid.NewGuid();
        var closed = Guid.NewGuid();
        await InsertIncident(database, open, "New", isOpen: true, group);
        await InsertIncident(database, closed, "Closed", isOpen: false, group);

        var dialect = provider == DatabaseProvider.PostgreSql ? "postgresql" : "sqlite";
        await Execute(database, await File.ReadAllTextAsync(RepositoryPaths.Combine("deploy", "sql", dialect, "160_ticket_history.sql")));

        var model = new SqlReportReadModel(database);
        await model.Append(
        [
            new(TicketKinds.Incident, closed, "INC", TicketHistoryEvents.Opened, 1, Day, null, 3, null, group, Day, null, 1, 1),
            new(TicketKinds.Incident, closed, "INC", TicketHistoryEvents.Resolved, 1, Day.AddHours(1), null, 3, null, group, Day, TimeSpan.FromHours(1), -1, 4),
        ], CancellationToken.None);

        var filter = new ReportFilter(Day.AddDays(-1), Day.AddDays(1), ReportGrouping.AssignmentGroup, AssignmentGroup: group);
        Assert.Equal([new OutcomeCount(group, null, 2)], await model.Outcomes(TicketKinds.Incident, TicketHistoryEvents.Opened, filter, CancellationToken.None));
        var resolved = await model.Durations(TicketKinds.Incident, TicketHistoryEvents.Resolved, filter, CancellationToken.None);
        Assert.Equal([new DurationBucket(group, 3 * 3600, 1)], resolved);
        var backlog = await model.Backlog(filter, BacklogAges.Boundaries(filter.To), CancellationToken.None);
        Assert.Equal(1, backlog.AtEndByAge.Values.Sum());
    }

    private static async Task InsertIncident(ItsmDatabase database, Guid id, string status, bool isOpen, string group)
    {
        await using var connection = await database.OpenConnectionAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO incidents (id, number, number_seq, title, status, priority, service_id, assignment_group, assignee, requester,
                                   created_at, updated_at, version, revision, resolution_due_at, is_open, summary_json)
            VALUES (@id, @number, @seq, 'Old one', @status, 3, NULL, @group, NULL, 'bob', @created, @updated, 1, 1, NULL, @open, '{}')
            """;
        var seq = Random.Shared.NextInt64(10_000_000, 99_999_999);
        Add(command, "id", id.ToString("D"));
        Add(command, "number", $"INC{seq}");
        Add(command, "seq", seq);
        Add(command, "status", status);
        Add(command, "group", group);
        Add(command, "created", database.TimeValue(Day));
        Add(command, "updated", database.TimeValue(Day.AddHours(3)));
        Add(command, "open", isOpen);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task Execute(ItsmDatabase database, string sql)
    {
        await using var connection = await database.OpenConnectionAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
