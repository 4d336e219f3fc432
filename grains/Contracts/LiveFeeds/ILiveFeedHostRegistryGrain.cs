namespace ItsmOrleans.Contracts.LiveFeeds;

/// <summary>
/// The directory of web hosts that serve live pages. Hosts renew their registration periodically; one that stops
/// renewing is forgotten. Always address it with key 0.
/// </summary>
public interface ILiveFeedHostRegistryGrain : IGrainWithIntegerKey
{
    /// <summary>Registers or renews a host. Returns false when the host was not registered (or had expired): it may have missed changes.</summary>
    Task<bool> Register(string hostId, ILiveFeedObserver observer);

    Task Unregister(string hostId);

    Task<IReadOnlyList<ILiveFeedObserver>> GetObservers();
}
