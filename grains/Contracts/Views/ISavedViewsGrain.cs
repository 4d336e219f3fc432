using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Security;

namespace ItsmOrleans.Contracts.Views;

/// <summary>
/// The saved views of one owner, keyed by the owner's user name. Only the owner changes them; each view has its own
/// version, and a stale one is refused. Views shared with a group are read from the read model, not from here.
/// </summary>
public interface ISavedViewsGrain : IGrainWithStringKey
{
    Task<IReadOnlyList<SavedView>> List(Caller caller);

    Task<SavedView> Get(Caller caller, Guid id);

    /// <summary>Saves a new view; a retry with the same idempotency key returns the view it created.</summary>
    Task<SavedView> Create(CommandContext context, SavedViewDefinition definition);

    /// <summary>Replaces a view's definition; the caller's expected version must be its current one.</summary>
    Task<SavedView> Update(CommandContext context, Guid id, SavedViewDefinition definition);

    /// <summary>Deletes a view at the caller's expected version.</summary>
    Task Delete(CommandContext context, Guid id);
}
