namespace ItsmOrleans.Contracts.LiveFeeds;

/// <summary>
/// What changed over a short window, sent to every web host at once: the latest row of each changed record, whatever
/// its kind, and the events in order.
/// </summary>
/// <param name="Dropped">Events dropped per kind because a burst exceeded the buffer; rows are never dropped.</param>
/// <param name="Resync">
/// This host missed earlier batches (it was slow, unreachable, or the registry was): it should reload its live state
/// from the read model.
/// </param>
[GenerateSerializer, Immutable, Alias("itsm.LiveBatch")]
public sealed record LiveBatch(
    IReadOnlyList<LiveRow> Rows,
    IReadOnlyList<LiveEvent> Events,
    IReadOnlyDictionary<string, int> Dropped,
    bool Resync = false)
{
    public static LiveBatch Empty { get; } = new([], [], new Dictionary<string, int>());

    /// <summary>The rows of one kind.</summary>
    public IReadOnlyList<T> RowsOf<T>()
        where T : ILiveRecord
    {
        var kind = LiveKinds.Of<T>();
        return [.. Rows.Where(r => r.Kind == kind).Select(r => (T)r.Payload)];
    }

    /// <summary>The events of one kind, oldest first.</summary>
    public IReadOnlyList<T> EventsOf<T>()
        where T : ILiveEvent
    {
        var kind = LiveKinds.Of<T>();
        return [.. Events.Where(e => e.Kind == kind).Select(e => (T)e.Payload)];
    }

    public int DroppedOf<T>()
        where T : ILiveEvent => Dropped.GetValueOrDefault(LiveKinds.Of<T>());
}
