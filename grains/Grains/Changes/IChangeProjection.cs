using ItsmOrleans.Contracts.Changes;

namespace ItsmOrleans.Grains.Changes;

/// <summary>Keeps the changes read model (lists, the change calendar) in step; a row older than the stored one is ignored.</summary>
public interface IChangeProjection
{
    Task Upsert(ChangeSummary change, CancellationToken cancellationToken);
}
