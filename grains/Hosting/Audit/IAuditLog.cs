namespace ItsmOrleans.Hosting.Audit;

/// <summary>The security audit log: sign-ins, failures, keys and accounts changed, permissions denied.</summary>
public interface IAuditLog
{
    Task Record(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>The newest events first, <paramref name="limit"/> at most, older than <paramref name="before"/> when given.</summary>
    Task<IReadOnlyList<AuditEvent>> Read(int limit, long? before, CancellationToken cancellationToken);
}
