namespace ItsmOrleans.Contracts.LiveFeeds;

/// <summary>
/// A stateless worker local to each silo that collects changes of every live kind and pushes them to every web host
/// a few times a second. Always address it with key 0 (<see cref="LiveFeedPublishing"/> does).
/// </summary>
public interface ILiveFeedPublisherGrain : IGrainWithIntegerKey
{
    /// <summary>Records changed (their latest state), and what happened, if anything is told as an event.</summary>
    [OneWay]
    Task Publish(IReadOnlyList<LiveRow> rows, IReadOnlyList<LiveEvent> events);
}
