using ItsmOrleans.Contracts.Demo;

namespace ItsmOrleans.Grains.Demo;

/// <summary>The demo organisation's seeding marker: begun once, finished once.</summary>
public sealed class DemoSeedMarkerGrain(
    [PersistentState("demo-seed", ItsmStorage.Name)] IPersistentState<DemoSeedMarkerState> store,
    TimeProvider time) : Grain, IDemoSeedMarkerGrain
{
    public Task<DemoSeedMarker?> Get() => Task.FromResult(store.State.Marker);

    public async Task<DemoSeedMarker> Begin(string integrationRoutingKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(integrationRoutingKey);
        if (store.State.Marker is { } begun)
        {
            return begun;
        }

        store.State.Marker = new DemoSeedMarker(time.GetUtcNow(), integrationRoutingKey, FinishedAt: null);
        await store.WriteStateAsync();
        return store.State.Marker;
    }

    public async Task<DemoSeedMarker> Finish()
    {
        var begun = store.State.Marker ?? throw new InvalidOperationException("The demo seeding was never begun.");
        if (begun.Finished)
        {
            return begun;
        }

        store.State.Marker = begun with { FinishedAt = time.GetUtcNow() };
        await store.WriteStateAsync();
        return store.State.Marker;
    }
}
