using ItsmOrleans.Hosting.Database;
using Microsoft.Extensions.Logging;

namespace ItsmOrleans.Hosting.Audit;

/// <summary>The audit log in the audit_events table of the deployment's database.</summary>
public sealed class SqlAuditLog(ItsmDatabase database, TimeProvider time, ILogger<SqlAuditLog> logger) : IAuditLog
{
    public const int MaxFieldLength = 500;

    public async Task Record(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        logger.LogInformation("Audit {Kind} by {Actor} on {Subject}: {Detail}", entry.Kind, entry.Actor, entry.Subject, entry.Detail);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO audit_events (at, kind, actor, subject, detail, remote_address)
            VALUES (@at, @kind, @actor, @subject, @detail, @remote_address)
            """;
        command.WithParameter("at", database.TimeValue(time.GetUtcNow()))
            .WithParameter("kind", entry.Kind)
            .WithParameter("actor", Clip(entry.Actor))
            .WithParameter("subject", Clip(entry.Subject))
            .WithParameter("detail", Clip(entry.Detail))
            .WithParameter("remote_address", Clip(entry.RemoteAddress));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEvent>> Read(int limit, long? before, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT id, at, kind, actor, subject, detail, remote_address FROM audit_events
            {(before is null ? "" : "WHERE id < @before")}
            ORDER BY id DESC LIMIT @limit
            """;
        command.WithParameter("limit", Math.Clamp(limit, 1, 500));
        if (before is { } id)
        {
            command.WithParameter("before", id);
        }

        var events = new List<AuditEvent>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(new AuditEvent(
                reader.GetInt64(0),
                reader.GetFieldValue<DateTimeOffset>(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6)));
        }

        return events;
    }

    private static string? Clip(string? value) => value is { Length: > MaxFieldLength } ? value[..MaxFieldLength] : value;
}
