namespace ItsmOrleans.Contracts.LiveFeeds;

/// <summary>Publishing to this silo's live-feed publisher.</summary>
public static class LiveFeedPublishing
{
    public static Task Publish(this IGrainFactory grains, ILiveRecord record) =>
        Publisher(grains).Publish([LiveRow.Of(record)], []);

    public static Task Publish(this IGrainFactory grains, ILiveEvent @event) =>
        Publisher(grains).Publish([], [LiveEvent.Of(@event)]);

    public static Task Publish(this IGrainFactory grains, IEnumerable<ILiveRecord> records, IEnumerable<ILiveEvent> events) =>
        Publisher(grains).Publish([.. records.Select(LiveRow.Of)], [.. events.Select(LiveEvent.Of)]);

    private static ILiveFeedPublisherGrain Publisher(IGrainFactory grains)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return grains.GetGrain<ILiveFeedPublisherGrain>(0);
    }
}
