using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.Views;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>Saved views as the search page lists them; never activates grains.</summary>
public interface ISavedViewReadModel
{
    /// <summary>The caller's own views and those shared with any of their groups, by name.</summary>
    Task<IReadOnlyList<SavedView>> Visible(Caller caller, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> views of every owner by id, after the view <paramref name="afterId"/> (from the start when null).</summary>
    Task<IReadOnlyList<SavedView>> Page(Guid? afterId, int limit, CancellationToken cancellationToken);
}
