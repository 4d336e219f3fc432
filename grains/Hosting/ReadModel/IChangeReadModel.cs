using ItsmOrleans.Contracts.Changes;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>Reads change requests from the database for lists and the change calendar; never activates grains.</summary>
public interface IChangeReadModel
{
    Task<ChangePage> Query(ChangeQuery query, CancellationToken cancellationToken);

    /// <summary>Changes whose planned window overlaps [<paramref name="from"/>, <paramref name="to"/>), cancelled ones left out, by start.</summary>
    Task<IReadOnlyList<ChangeSummary>> Calendar(DateTimeOffset from, DateTimeOffset to, string? serviceId, int limit, CancellationToken cancellationToken);
}
