using ItsmOrleans.Contracts.MajorIncidents;

namespace ItsmOrleans.Grains.MajorIncidents;

/// <summary>Keeps the major-incident read model in step; a row older than the stored one is ignored.</summary>
public interface IMajorIncidentProjection
{
    Task Upsert(MajorIncidentSummary majorIncident, CancellationToken cancellationToken);
}
