using System.Text.Json;
using ItsmOrleans.Contracts.Continuity;
using ItsmOrleans.Grains.Continuity;
using ItsmOrleans.Hosting.Database;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>The business_impacts table: written by the business impact grains, read by the continuity page and reports.</summary>
public sealed class SqlBusinessImpactReadModel(ItsmDatabase database) : IBusinessImpactReadModel, IBusinessImpactProjection
{
    public async Task Upsert(BusinessImpactView impact, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(impact);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO business_impacts (service_id, version, rto_seconds, rpo_seconds, view_json)
            VALUES (@id, @version, @rto, @rpo, @json)
            ON CONFLICT (service_id) DO UPDATE SET version = excluded.version, rto_seconds = excluded.rto_seconds,
                rpo_seconds = excluded.rpo_seconds, view_json = excluded.view_json
            WHERE business_impacts.version < excluded.version
            """;
        var objectives = impact.Impact.Objectives;
        command.WithParameter("id", impact.ServiceId).WithParameter("version", impact.Version)
            .WithParameter("rto", objectives is null ? null : (long)objectives.Rto.TotalSeconds)
            .WithParameter("rpo", objectives is null ? null : (long)objectives.Rpo.TotalSeconds)
            .WithParameter("json", JsonSerializer.Serialize(impact, ReadModelJson.Options));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task<IReadOnlyList<BusinessImpactView>> ListAll(CancellationToken cancellationToken) => Page(null, int.MaxValue, cancellationToken);

    public Task<IReadOnlyList<BusinessImpactView>> Page(string? afterId, int limit, CancellationToken cancellationToken) =>
        SummaryPages.After<BusinessImpactView>(database, "business_impacts", "service_id", "view_json", afterId, limit, cancellationToken);
}
