using System.Data.Common;
using System.Text.Json;
using ItsmOrleans.Contracts.ServiceRequests;
using ItsmOrleans.Grains.ServiceRequests;
using ItsmOrleans.Hosting.Database;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>The service_requests table, and fulfilment_tasks rewritten with each newer request row.</summary>
public sealed class SqlServiceRequestReadModel(ItsmDatabase database) : IServiceRequestReadModel, IServiceRequestProjection
{
    public async Task Upsert(ServiceRequestSummary request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO service_requests (id, number, number_seq, status, requested_by, requested_for, updated_at, revision, summary_json)
            VALUES (@id, @number, @number_seq, @status, @requested_by, @requested_for, @updated_at, @revision, @summary_json)
            ON CONFLICT (id) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at, revision = excluded.revision,
                summary_json = excluded.summary_json
            WHERE service_requests.revision < excluded.revision
            """;
        command.WithParameter("id", request.Id.ToString("D"))
            .WithParameter("number", request.Number)
            .WithParameter("number_seq", SqlIncidentReadModel.NumberSequence(request.Number))
            .WithParameter("status", request.Status.ToString())
            .WithParameter("requested_by", request.RequestedBy.ToLowerInvariant())
            .WithParameter("requested_for", request.RequestedFor.ToLowerInvariant())
            .WithParameter("updated_at", database.TimeValue(request.UpdatedAt))
            .WithParameter("revision", request.Revision)
            .WithParameter("summary_json", JsonSerializer.Serialize(request, ReadModelJson.Options));
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            return;
        }

        await ReplaceTasks(transaction, request, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task ReplaceTasks(DbTransaction transaction, ServiceRequestSummary request, CancellationToken cancellationToken)
    {
        await using (var clear = transaction.Connection!.CreateCommand())
        {
            clear.Transaction = transaction;
            clear.CommandText = "DELETE FROM fulfilment_tasks WHERE request_id = @id";
            clear.WithParameter("id", request.Id.ToString("D"));
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var task in request.OpenTasks ?? [])
        {
            var row = new FulfilmentTaskRow(request.Id, request.Number, request.ItemName, request.RequestedFor, request.FulfilmentDueAt, task);
            await using var insert = transaction.Connection!.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO fulfilment_tasks (request_id, task_number, number_seq, assignment_group, assignee, row_json)
                VALUES (@id, @task, @number_seq, @group, @assignee, @json)
                """;
            insert.WithParameter("id", request.Id.ToString("D"))
                .WithParameter("task", task.Number)
                .WithParameter("number_seq", SqlIncidentReadModel.NumberSequence(request.Number))
                .WithParameter("group", task.AssignmentGroup.ToLowerInvariant())
                .WithParameter("assignee", task.Assignee?.ToLowerInvariant())
                .WithParameter("json", JsonSerializer.Serialize(row, ReadModelJson.Options));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async Task<IReadOnlyList<FulfilmentTaskRow>> OpenTasks(string? assignmentGroup, string? assignee, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var conditions = new List<string>();
        if (assignmentGroup is not null)
        {
            conditions.Add("assignment_group = @group");
            command.WithParameter("group", assignmentGroup.ToLowerInvariant());
        }

        if (assignee is not null)
        {
            conditions.Add("assignee = @assignee");
            command.WithParameter("assignee", assignee.ToLowerInvariant());
        }

        var where = conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", conditions);
        command.CommandText = $"SELECT row_json FROM fulfilment_tasks{where} ORDER BY number_seq, task_number LIMIT @limit";
        command.WithParameter("limit", limit);
        var rows = new List<FulfilmentTaskRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(JsonSerializer.Deserialize<FulfilmentTaskRow>(reader.GetString(0), ReadModelJson.Options)!);
        }

        return rows;
    }

    public async Task<IReadOnlyList<ServiceRequestSummary>> List(string? onlyFor, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = onlyFor is null
            ? "SELECT summary_json FROM service_requests ORDER BY number_seq DESC LIMIT @limit"
            : "SELECT summary_json FROM service_requests WHERE requested_by = @who OR requested_for = @who ORDER BY number_seq DESC LIMIT @limit";
        command.WithParameter("limit", limit);
        if (onlyFor is not null)
        {
            command.WithParameter("who", onlyFor.ToLowerInvariant());
        }

        var rows = new List<ServiceRequestSummary>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(JsonSerializer.Deserialize<ServiceRequestSummary>(reader.GetString(0), ReadModelJson.Options)!);
        }

        return rows;
    }
}
