using ItsmOrleans.Contracts.Views;

namespace ItsmOrleans.Grains.Views;

/// <summary>Keeps the saved-views read model (which views each group sees) in step.</summary>
public interface ISavedViewProjection
{
    Task Upsert(SavedView view, CancellationToken cancellationToken);

    Task Delete(Guid id, CancellationToken cancellationToken);
}
