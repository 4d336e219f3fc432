using System.Text.Json;
using ItsmOrleans.Contracts.Services;
using ItsmOrleans.Grains.Groups;
using ItsmOrleans.Grains.Services;
using ItsmOrleans.Hosting.Database;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>The services table: written by the service grains, read by lists and the service map.</summary>
public sealed class SqlServiceReadModel(ItsmDatabase database) : IServiceReadModel, IServiceProjection, ISupportGroupSource
{
    private const string UpsertSql = """
        INSERT INTO services (id, name, kind, criticality, support_group, status, revision, summary_json)
        VALUES (@id, @name, @kind, @criticality, @support_group, @status, @revision, @summary_json)
        ON CONFLICT (id) DO UPDATE SET
            name = excluded.name,
            kind = excluded.kind,
            criticality = excluded.criticality,
            support_group = excluded.support_group,
            status = excluded.status,
            revision = excluded.revision,
            summary_json = excluded.summary_json
        WHERE services.revision < excluded.revision
        """;

    public async Task Upsert(ServiceSummary service, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(service);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = UpsertSql;
        command.WithParameter("id", service.Id)
            .WithParameter("name", service.Name)
            .WithParameter("kind", service.Kind.ToString())
            .WithParameter("criticality", service.Criticality)
            .WithParameter("support_group", service.SupportGroup)
            .WithParameter("status", service.Health.Status.ToString())
            .WithParameter("revision", service.Revision)
            .WithParameter("summary_json", JsonSerializer.Serialize(service, ReadModelJson.Options));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task<IReadOnlyList<ServiceSummary>> Page(string? afterId, int limit, CancellationToken cancellationToken) =>
        SummaryPages.After<ServiceSummary>(database, "services", afterId, limit, cancellationToken);

    public async Task<IReadOnlyList<ServiceSummary>> ListAll(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT summary_json FROM services ORDER BY id";
        var services = new List<ServiceSummary>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            services.Add(JsonSerializer.Deserialize<ServiceSummary>(reader.GetString(0), ReadModelJson.Options)!);
        }

        return services;
    }

    public async Task<IReadOnlyList<(string ServiceId, string SupportGroup)>> SupportGroups(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, support_group FROM services WHERE support_group IS NOT NULL ORDER BY id";
        var groups = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            groups.Add((reader.GetString(0), reader.GetString(1)));
        }

        return groups;
    }
}
