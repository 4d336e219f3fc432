using ItsmOrleans.Contracts.LiveFeeds;

namespace ItsmOrleans.Web.LiveFeeds;

/// <summary>
/// One of this host's live feeds (the board, a live list, the ticket rooms, …): it takes what it follows out of every
/// batch the cluster pushes, and reloads its state from the read model when this host may have missed batches.
/// Register it with <see cref="LiveFeedRegistration"/>; the host's observer and registration find every one.
/// </summary>
public interface ILiveFeedConsumer
{
    void OnBatch(LiveBatch batch);

    /// <summary>Loads the feed's state: at start (<paramref name="first"/>) and after this host may have missed batches.</summary>
    Task Reload(bool first, CancellationToken cancellationToken);
}
