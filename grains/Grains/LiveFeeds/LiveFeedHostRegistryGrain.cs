using ItsmOrleans.Contracts.LiveFeeds;

namespace ItsmOrleans.Grains.LiveFeeds;

/// <summary>
/// The web hosts that serve live pages. Hosts renew every few seconds; one silent for <see cref="Expiry"/> is forgotten.
/// The list is persisted so that a move of this grain to another silo does not leave hosts unserved until they renew.
/// </summary>
// The grain type and state keep their first names, so the registrations a database holds stay readable.
[GrainType("boardhostregistry")]
public sealed class LiveFeedHostRegistryGrain(
    [PersistentState("boardHosts", ItsmStorage.Name)] IPersistentState<LiveFeedHostRegistryState> store,
    TimeProvider time) : Grain, ILiveFeedHostRegistryGrain
{
    public static readonly TimeSpan Expiry = TimeSpan.FromSeconds(45);

    private readonly Dictionary<string, DateTimeOffset> _lastSeen = [];

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var host in store.State.ObserverByHost.Keys)
        {
            _lastSeen[host] = now;
        }

        return Task.CompletedTask;
    }

    public async Task<bool> Register(string hostId, ILiveFeedObserver observer)
    {
        var now = time.GetUtcNow();
        var wasLive = _lastSeen.TryGetValue(hostId, out var seen) && seen >= now - Expiry;
        _lastSeen[hostId] = now;
        var grainId = observer.GetGrainId().ToString();
        if (store.State.ObserverByHost.TryGetValue(hostId, out var known) && known == grainId)
        {
            return wasLive;
        }

        store.State.ObserverByHost[hostId] = grainId;
        await store.WriteStateAsync();
        return false;
    }

    public async Task Unregister(string hostId)
    {
        _lastSeen.Remove(hostId);
        if (store.State.ObserverByHost.Remove(hostId))
        {
            await store.WriteStateAsync();
        }
    }

    public async Task<IReadOnlyList<ILiveFeedObserver>> GetObservers()
    {
        var cutoff = time.GetUtcNow() - Expiry;
        var expired = _lastSeen.Where(h => h.Value < cutoff).Select(h => h.Key).ToList();
        foreach (var host in expired)
        {
            _lastSeen.Remove(host);
            store.State.ObserverByHost.Remove(host);
        }

        if (expired.Count > 0)
        {
            await store.WriteStateAsync();
        }

        return [.. store.State.ObserverByHost.Values.Select(id => GrainFactory.GetGrain(GrainId.Parse(id, null)).AsReference<ILiveFeedObserver>())];
    }
}
