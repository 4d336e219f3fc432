using ItsmOrleans.Contracts.Changes;

namespace ItsmOrleans.Grains.Changes;

/// <summary>What a change needs to know about the others to find its conflicts and its risk, read from the read model.</summary>
public interface IChangeScheduleReader
{
    /// <summary>Changes still holding a window that overlaps <paramref name="window"/>, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<ChangeSummary>> Overlapping(ChangeWindow window, int limit, CancellationToken cancellationToken);

    /// <summary>How many changes on the service ended failed or backed out since <paramref name="since"/>.</summary>
    Task<int> FailedSince(string serviceId, DateTimeOffset since, CancellationToken cancellationToken);
}
