using System.Text.Json;
using ItsmOrleans.Contracts.Licences;
using ItsmOrleans.Contracts.Notices;
using ItsmOrleans.Grains.Licences;
using ItsmOrleans.Grains.Notices;
using ItsmOrleans.Hosting.Database;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>The licences and notices tables.</summary>
public sealed class SqlLicenceReadModel(ItsmDatabase database) : ILicenceReadModel, ILicenceProjection, INoticeReadModel, INoticeProjection
{
    public async Task Upsert(LicenceSummary licence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(licence);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO licences (id, compliance, version, summary_json) VALUES (@id, @compliance, @version, @summary_json)
            ON CONFLICT (id) DO UPDATE SET compliance = excluded.compliance, version = excluded.version, summary_json = excluded.summary_json
            WHERE licences.version < excluded.version
            """;
        command.WithParameter("id", licence.Id).WithParameter("compliance", licence.Compliance.ToString())
            .WithParameter("version", licence.Version).WithParameter("summary_json", JsonSerializer.Serialize(licence, ReadModelJson.Options));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task<IReadOnlyList<LicenceSummary>> Page(string? afterId, int limit, CancellationToken cancellationToken) =>
        SummaryPages.After<LicenceSummary>(database, "licences", afterId, limit, cancellationToken);

    public async Task<IReadOnlyList<LicenceSummary>> List(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT summary_json FROM licences ORDER BY id";
        var rows = new List<LicenceSummary>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(JsonSerializer.Deserialize<LicenceSummary>(reader.GetString(0), ReadModelJson.Options)!);
        }

        return rows;
    }

    public async Task Upsert(BoardNotice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO notices (notice_key, active, since, revision, notice_json) VALUES (@key, @active, @since, @revision, @json)
            ON CONFLICT (notice_key) DO UPDATE SET active = excluded.active, since = excluded.since, revision = excluded.revision, notice_json = excluded.notice_json
            WHERE notices.revision < excluded.revision
            """;
        command.WithParameter("key", notice.Key).WithParameter("active", notice.Active).WithParameter("since", database.TimeValue(notice.Since))
            .WithParameter("revision", notice.Revision).WithParameter("json", JsonSerializer.Serialize(notice, ReadModelJson.Options));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<BoardNotice>> ListActive(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT notice_json FROM notices WHERE active = @active ORDER BY since";
        command.WithParameter("active", true);
        var rows = new List<BoardNotice>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(JsonSerializer.Deserialize<BoardNotice>(reader.GetString(0), ReadModelJson.Options)!);
        }

        return rows;
    }
}
