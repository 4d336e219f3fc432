using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Grains.Incidents;

/// <summary>
/// Keeps the incident read model (lists, search, board snapshots) in step with the grains.
/// Implementations must be idempotent and ignore a row older than the one stored (compare <see cref="IncidentSummary.Revision"/>).
/// </summary>
public interface IIncidentProjection
{
    Task Upsert(IncidentSummary summary, CancellationToken cancellationToken);
}
