namespace ItsmOrleans.Contracts.LiveFeeds;

/// <summary>Implemented by each web host to receive live batches for its SignalR connections.</summary>
public interface ILiveFeedObserver : IGrainObserver
{
    Task OnLiveBatch(LiveBatch batch);
}
