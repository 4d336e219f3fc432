using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ItsmOrleans.Contracts.Naming;
using ItsmOrleans.Contracts.Risks;
using ItsmOrleans.Domain.Risks;
using ItsmOrleans.Grains.Risks;
using ItsmOrleans.Hosting.Database;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>The risks tables: written by the risk grains, read by the register, its heat map and a service's risks.</summary>
public sealed class SqlRiskReadModel(ItsmDatabase database) : IRiskReadModel, IRiskProjection
{
    public async Task Upsert(RiskView risk, int revision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(risk);
        var current = RiskScoring.Current(risk.Inherent, risk.Residual);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var upsert = connection.CreateCommand())
        {
            upsert.Transaction = transaction;
            upsert.CommandText = """
                INSERT INTO risks (id, number, revision, status, category, owner, impact, likelihood, score, review_by, summary_json)
                VALUES (@id, @number, @revision, @status, @category, @owner, @impact, @likelihood, @score, @reviewBy, @json)
                ON CONFLICT (id) DO UPDATE SET revision = excluded.revision, status = excluded.status, category = excluded.category,
                    owner = excluded.owner, impact = excluded.impact, likelihood = excluded.likelihood, score = excluded.score,
                    review_by = excluded.review_by, summary_json = excluded.summary_json
                WHERE risks.revision < excluded.revision
                """;
            upsert.WithParameter("id", risk.Id.ToString()).WithParameter("number", risk.Number).WithParameter("revision", revision)
                .WithParameter("status", WireName.Of(risk.Status)).WithParameter("category", WireName.Of(risk.Category))
                .WithParameter("owner", risk.Owner.ToLowerInvariant())
                .WithParameter("impact", current?.Impact).WithParameter("likelihood", current?.Likelihood).WithParameter("score", current?.Score)
                .WithParameter("reviewBy", risk.ReviewBy?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                .WithParameter("json", JsonSerializer.Serialize(risk, ReadModelJson.Options));
            if (await upsert.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                return;
            }
        }

        await using (var clear = connection.CreateCommand())
        {
            clear.Transaction = transaction;
            clear.CommandText = "DELETE FROM risk_services WHERE risk_id = @id";
            clear.WithParameter("id", risk.Id.ToString());
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var serviceId in risk.Links.Services.Select(s => s.ToLowerInvariant()).Distinct())
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO risk_services (risk_id, service_id) VALUES (@id, @service)";
            insert.WithParameter("id", risk.Id.ToString()).WithParameter("service", serviceId);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<RiskView>> List(RiskQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var where = Where(command, query);
        if (query.After is { } after)
        {
            where.Append(" AND r.number > @after");
            command.WithParameter("after", after);
        }

        command.CommandText = $"SELECT r.summary_json FROM risks r WHERE {where} ORDER BY r.number LIMIT @limit";
        command.WithParameter("limit", query.Limit);
        var rows = new List<RiskView>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(JsonSerializer.Deserialize<RiskView>(reader.GetString(0), ReadModelJson.Options)!);
        }

        return rows;
    }

    public async Task<IReadOnlyList<RiskHeatCell>> HeatMap(RiskQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var where = Where(command, query);
        command.CommandText = $"""
            SELECT r.impact, r.likelihood, COUNT(*) FROM risks r
            WHERE {where} AND r.impact IS NOT NULL
            GROUP BY r.impact, r.likelihood ORDER BY r.impact, r.likelihood
            """;
        var cells = new List<RiskHeatCell>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            cells.Add(new RiskHeatCell(Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture),
                Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture), Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture)));
        }

        return cells;
    }

    public async Task<IReadOnlyList<ServiceRiskSummary>> ByService(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT s.service_id, COUNT(*), MAX(r.score) FROM risk_services s JOIN risks r ON r.id = s.risk_id
            WHERE r.status <> @closed AND r.score IS NOT NULL
            GROUP BY s.service_id ORDER BY s.service_id
            """;
        command.WithParameter("closed", WireName.Of(RiskStatus.Closed));
        var rows = new List<ServiceRiskSummary>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var highest = Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture);
            rows.Add(new ServiceRiskSummary(reader.GetString(0), Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture), highest, RiskScoring.Band(highest)));
        }

        return rows;
    }

    // Every value travels as a parameter; only these fixed fragments are put together.
    private static StringBuilder Where(DbCommand command, RiskQuery query)
    {
        var where = new StringBuilder("1 = 1");
        if (query.Status is { } status)
        {
            where.Append(" AND r.status = @status");
            command.WithParameter("status", WireName.Of(status));
        }

        if (query.OpenOnly)
        {
            where.Append(" AND r.status <> @closed");
            command.WithParameter("closed", WireName.Of(RiskStatus.Closed));
        }

        if (query.Category is { } category)
        {
            where.Append(" AND r.category = @category");
            command.WithParameter("category", WireName.Of(category));
        }

        if (query.Owner is { } owner)
        {
            where.Append(" AND r.owner = @owner");
            command.WithParameter("owner", owner.Trim().ToLowerInvariant());
        }

        if (query.ServiceId is { } serviceId)
        {
            where.Append(" AND r.id IN (SELECT s.risk_id FROM risk_services s WHERE s.service_id = @service)");
            command.WithParameter("service", serviceId.Trim().ToLowerInvariant());
        }

        if (query.AtLeast is { } band)
        {
            where.Append(" AND r.score >= @lowestScore");
            command.WithParameter("lowestScore", RiskScoring.LowestScore(band));
        }

        if (query.ReviewOverdueOn is { } today)
        {
            where.Append(" AND r.review_by < @today AND r.status <> @closedForReview");
            command.WithParameter("today", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).WithParameter("closedForReview", WireName.Of(RiskStatus.Closed));
        }

        return where;
    }
}
