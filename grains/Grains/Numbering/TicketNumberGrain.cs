using ItsmOrleans.Contracts.Numbering;

namespace ItsmOrleans.Grains.Numbering;

/// <summary>
/// Hands out ticket numbers of one prefix. Each number is persisted before it is returned, so a number is never
/// handed out twice, across restarts and silos (the grain is a single activation cluster-wide).
/// </summary>
public sealed class TicketNumberGrain(
    [PersistentState("numbers", ItsmStorage.Name)] IPersistentState<TicketNumberState> store) : Grain, ITicketNumberGrain
{
    public async Task<string> Next()
    {
        store.State.Last++;
        try
        {
            await store.WriteStateAsync();
        }
        catch
        {
            // The write may have landed; reload rather than risk reusing the number.
            DeactivateOnIdle();
            throw;
        }

        return TicketNumber.Format(this.GetPrimaryKeyString(), store.State.Last);
    }
}
