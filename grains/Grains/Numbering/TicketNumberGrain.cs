using ItsmOrleans.Contracts.Numbering;

namespace ItsmOrleans.Grains.Numbering;

/// <summary>
/// Hands out ticket numbers of one prefix, unique and increasing across restarts and silos (the grain is a single
/// activation cluster-wide). Numbers are reserved in blocks: one write covers <see cref="BlockSize"/> numbers, so the
/// counter is not a write per ticket. A restart starts a fresh block; the rest of the old one is never used (numbers
/// may skip, never repeat).
/// </summary>
public sealed class TicketNumberGrain(
    [PersistentState("numbers", ItsmStorage.Name)] IPersistentState<TicketNumberState> store) : Grain, ITicketNumberGrain
{
    public const int BlockSize = 100;

    private long _next;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _next = store.State.Last + 1;
        return Task.CompletedTask;
    }

    public async Task<string> Next()
    {
        if (_next > store.State.Last)
        {
            var reserved = store.State.Last;
            store.State.Last = _next + BlockSize - 1;
            try
            {
                await store.WriteStateAsync();
            }
            catch
            {
                // The write may have landed; reload rather than risk reusing a number.
                store.State.Last = reserved;
                DeactivateOnIdle();
                throw;
            }
        }

        return TicketNumber.Format(this.GetPrimaryKeyString(), _next++);
    }
}
