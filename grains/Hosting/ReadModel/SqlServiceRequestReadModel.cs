using System.Text.Json;
using ItsmOrleans.Contracts.ServiceRequests;
using ItsmOrleans.Grains.ServiceRequests;
using ItsmOrleans.Hosting.Database;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>The service_requests table.</summary>
public sealed class SqlServiceRequestReadModel(ItsmDatabase database) : IServiceRequestReadModel, IServiceRequestProjection
{
    public async Task Upsert(ServiceRequestSummary request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
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
        await command.ExecuteNonQueryAsync(cancellationToken);
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
