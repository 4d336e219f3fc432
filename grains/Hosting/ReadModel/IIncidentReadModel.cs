using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>Reads incident lists from the database; never activates grains.</summary>
public interface IIncidentReadModel
{
    Task<IncidentPage> Query(IncidentQuery query, CancellationToken cancellationToken);

    /// <summary>Every incident that is not closed or cancelled; boards load it once at start.</summary>
    Task<IReadOnlyList<IncidentSummary>> ListOpen(CancellationToken cancellationToken);
}
