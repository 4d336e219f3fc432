using System.Data.Common;
using System.Text.Json;
using ItsmOrleans.Contracts.Problems;
using ItsmOrleans.Grains.Problems;
using ItsmOrleans.Hosting.Database;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>The problems table: written by the problem grains, read by lists and the known-error search.</summary>
public sealed class SqlProblemReadModel(ItsmDatabase database) : IProblemReadModel, IProblemProjection
{
    public const int MaxQueryWords = 8;

    private const string UpsertSql = """
        INSERT INTO problems (id, number, number_seq, status, service_id, known_error, search_text, updated_at, revision, summary_json)
        VALUES (@id, @number, @number_seq, @status, @service_id, @known_error, @search_text, @updated_at, @revision, @summary_json)
        ON CONFLICT (id) DO UPDATE SET
            status = excluded.status,
            service_id = excluded.service_id,
            known_error = excluded.known_error,
            search_text = excluded.search_text,
            updated_at = excluded.updated_at,
            revision = excluded.revision,
            summary_json = excluded.summary_json
        WHERE problems.revision < excluded.revision
        """;

    public async Task Upsert(ProblemSummary problem, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(problem);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = UpsertSql;
        command.WithParameter("id", problem.Id.ToString("D"))
            .WithParameter("number", problem.Number)
            .WithParameter("number_seq", SqlIncidentReadModel.NumberSequence(problem.Number))
            .WithParameter("status", problem.Status.ToString())
            .WithParameter("service_id", problem.ServiceId)
            .WithParameter("known_error", problem.KnownError)
            .WithParameter("search_text", string.Join('\n', problem.Number, problem.Title, problem.Symptoms, problem.Cause, problem.Workaround).ToLowerInvariant())
            .WithParameter("updated_at", database.TimeValue(problem.UpdatedAt))
            .WithParameter("revision", problem.Revision)
            .WithParameter("summary_json", JsonSerializer.Serialize(problem, ReadModelJson.Options));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ProblemSummary>> List(ProblemStatus? status, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = status is null
            ? "SELECT summary_json FROM problems ORDER BY number_seq DESC LIMIT @limit"
            : "SELECT summary_json FROM problems WHERE status = @status ORDER BY number_seq DESC LIMIT @limit";
        command.WithParameter("limit", limit);
        if (status is { } wanted)
        {
            command.WithParameter("status", wanted.ToString());
        }

        return await Read(command, cancellationToken);
    }

    public async Task<IReadOnlyList<ProblemSummary>> SearchKnownErrors(string? query, int limit, CancellationToken cancellationToken)
    {
        var words = (query ?? "").ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(MaxQueryWords).ToList();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var where = new List<string> { "known_error = @known_error" };
        for (var i = 0; i < words.Count; i++)
        {
            // The words are parameters: LIKE wildcards in them are escaped, never interpreted.
            where.Add($"search_text LIKE @word{i} ESCAPE '\\'");
            command.WithParameter($"word{i}", "%" + words[i].Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%");
        }

        command.CommandText = $"SELECT summary_json FROM problems WHERE {string.Join(" AND ", where)} ORDER BY number_seq DESC LIMIT @limit";
        command.WithParameter("known_error", true).WithParameter("limit", limit);
        return await Read(command, cancellationToken);
    }

    private static async Task<IReadOnlyList<ProblemSummary>> Read(DbCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<ProblemSummary>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(JsonSerializer.Deserialize<ProblemSummary>(reader.GetString(0), ReadModelJson.Options)!);
        }

        return rows;
    }
}
