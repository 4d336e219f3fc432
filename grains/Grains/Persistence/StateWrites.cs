namespace ItsmOrleans.Grains.Persistence;

/// <summary>Saving a grain's state so that a failed write never leaves what is in memory ahead of what is stored.</summary>
public static class StateWrites
{
    /// <summary>
    /// Writes the state. If the write fails the activation is let go once idle, so the next call starts again from what
    /// was saved, and the failure reaches the caller.
    /// </summary>
    public static async Task WriteOrForget<TState>(this IPersistentState<TState> store, IGrainBase grain)
    {
        ArgumentNullException.ThrowIfNull(store);
        try
        {
            await store.WriteStateAsync();
        }
        catch
        {
            grain.DeactivateOnIdle();
            throw;
        }
    }
}
