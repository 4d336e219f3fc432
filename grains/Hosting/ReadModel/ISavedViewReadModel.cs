using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.Views;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>Saved views as the search page lists them; never activates grains.</summary>
public interface ISavedViewReadModel
{
    /// <summary>The caller's own views and those shared with any of their groups, by name.</summary>
    Task<IReadOnlyList<SavedView>> Visible(Caller caller, CancellationToken cancellationToken);
}
