using System.Globalization;
using System.Text.Json;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.Views;
using ItsmOrleans.Grains.Views;
using ItsmOrleans.Hosting.Database;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>The saved_views tables: written by each owner's views grain, read to list the views a caller sees.</summary>
public sealed class SqlSavedViewReadModel(ItsmDatabase database) : ISavedViewReadModel, ISavedViewProjection
{
    public async Task Upsert(SavedView view, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(view);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var id = view.Id.ToString("D");
        await using (var upsert = connection.CreateCommand())
        {
            upsert.Transaction = transaction;
            upsert.CommandText = """
                INSERT INTO saved_views (id, owner, version, view_json) VALUES (@id, @owner, @version, @json)
                ON CONFLICT (id) DO UPDATE SET version = excluded.version, view_json = excluded.view_json
                WHERE saved_views.version < excluded.version
                """;
            upsert.WithParameter("id", id).WithParameter("owner", view.Owner).WithParameter("version", view.Version)
                .WithParameter("json", JsonSerializer.Serialize(view, ReadModelJson.Options));
            if (await upsert.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                return;
            }
        }

        await using (var clear = connection.CreateCommand())
        {
            clear.Transaction = transaction;
            clear.CommandText = "DELETE FROM saved_view_shares WHERE view_id = @id";
            clear.WithParameter("id", id);
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var group in view.SharedWith.Select(g => g.ToLowerInvariant()).Distinct())
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO saved_view_shares (view_id, group_name) VALUES (@id, @group)";
            insert.WithParameter("id", id).WithParameter("group", group);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task Delete(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var table in (string[])["saved_view_shares WHERE view_id", "saved_views WHERE id"])
        {
            await using var delete = connection.CreateCommand();
            delete.Transaction = transaction;
            delete.CommandText = $"DELETE FROM {table} = @id";
            delete.WithParameter("id", id.ToString("D"));
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public Task<IReadOnlyList<SavedView>> Page(Guid? afterId, int limit, CancellationToken cancellationToken) =>
        SummaryPages.After<SavedView>(database, "saved_views", "id", "view_json", afterId?.ToString("D"), limit, cancellationToken);

    public async Task<IReadOnlyList<SavedView>> Visible(Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var groups = caller.Groups.Select(g => g.ToLowerInvariant()).Distinct().ToList();
        var shared = "";
        if (groups.Count > 0)
        {
            var names = groups.Select((_, i) => "@g" + i.ToString(CultureInfo.InvariantCulture)).ToList();
            shared = $" OR id IN (SELECT view_id FROM saved_view_shares WHERE group_name IN ({string.Join(", ", names)}))";
            for (var i = 0; i < groups.Count; i++)
            {
                command.WithParameter("g" + i.ToString(CultureInfo.InvariantCulture), groups[i]);
            }
        }

        command.CommandText = $"SELECT view_json FROM saved_views WHERE owner = @owner{shared}";
        command.WithParameter("owner", caller.Name);
        var views = new List<SavedView>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            views.Add(JsonSerializer.Deserialize<SavedView>(reader.GetString(0), ReadModelJson.Options)!);
        }

        // Own views first, then shared ones, each by name.
        return [.. views.OrderBy(v => v.Owner != caller.Name).ThenBy(v => v.Name, StringComparer.OrdinalIgnoreCase).ThenBy(v => v.Owner, StringComparer.Ordinal)];
    }
}
