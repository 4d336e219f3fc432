using ItsmOrleans.Contracts.MajorIncidents;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>Reads major incidents from the database; never activates grains.</summary>
public interface IMajorIncidentReadModel
{
    /// <summary>Major incidents newest first; only active ones unless <paramref name="all"/>.</summary>
    Task<IReadOnlyList<MajorIncidentSummary>> List(bool all, int limit, CancellationToken cancellationToken);
}
