using System.Globalization;
using System.Text;
using System.Text.Json;
using ItsmOrleans.Contracts.Continuity;
using ItsmOrleans.Contracts.Naming;
using ItsmOrleans.Grains.Continuity;
using ItsmOrleans.Hosting.Database;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>The continuity plans tables: written by the plan grains, read by the continuity page and its reports.</summary>
public sealed class SqlPlanReadModel(ItsmDatabase database) : IPlanReadModel, IPlanProjection
{
    public async Task Upsert(ContinuityPlanView plan, int revision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var upsert = connection.CreateCommand())
        {
            upsert.Transaction = transaction;
            upsert.CommandText = """
                INSERT INTO continuity_plans (id, number, revision, status, review_by, summary_json)
                VALUES (@id, @number, @revision, @status, @reviewBy, @json)
                ON CONFLICT (id) DO UPDATE SET revision = excluded.revision, status = excluded.status,
                    review_by = excluded.review_by, summary_json = excluded.summary_json
                WHERE continuity_plans.revision < excluded.revision
                """;
            upsert.WithParameter("id", plan.Id.ToString()).WithParameter("number", plan.Number).WithParameter("revision", revision)
                .WithParameter("status", WireName.Of(plan.Status))
                .WithParameter("reviewBy", plan.Content.ReviewBy?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                .WithParameter("json", JsonSerializer.Serialize(plan, ReadModelJson.Options));
            if (await upsert.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                return;
            }
        }

        await using (var clear = connection.CreateCommand())
        {
            clear.Transaction = transaction;
            clear.CommandText = "DELETE FROM continuity_plan_services WHERE plan_id = @id";
            clear.WithParameter("id", plan.Id.ToString());
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var serviceId in plan.Content.ServiceIds.Select(s => s.ToLowerInvariant()).Distinct())
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO continuity_plan_services (plan_id, service_id) VALUES (@id, @service)";
            insert.WithParameter("id", plan.Id.ToString()).WithParameter("service", serviceId);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ContinuityPlanView>> List(PlanQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();

        // Every value travels as a parameter; only these fixed fragments are put together.
        var where = new StringBuilder("1 = 1");
        if (query.Status is { } status)
        {
            where.Append(" AND p.status = @status");
            command.WithParameter("status", WireName.Of(status));
        }

        if (query.ActiveOnly)
        {
            where.Append(" AND p.status <> @retired");
            command.WithParameter("retired", WireName.Of(PlanStatus.Retired));
        }

        if (query.ServiceId is { } service)
        {
            where.Append(" AND EXISTS (SELECT 1 FROM continuity_plan_services s WHERE s.plan_id = p.id AND s.service_id = @service)");
            command.WithParameter("service", service.ToLowerInvariant());
        }

        if (query.After is { } after)
        {
            where.Append(" AND p.number > @after");
            command.WithParameter("after", after);
        }

        command.CommandText = $"SELECT p.summary_json FROM continuity_plans p WHERE {where} ORDER BY p.number LIMIT @limit";
        command.WithParameter("limit", query.Limit);
        var plans = new List<ContinuityPlanView>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            plans.Add(JsonSerializer.Deserialize<ContinuityPlanView>(reader.GetString(0), ReadModelJson.Options)!);
        }

        return plans;
    }
}
