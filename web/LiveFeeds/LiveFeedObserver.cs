using ItsmOrleans.Contracts.LiveFeeds;

namespace ItsmOrleans.Web.LiveFeeds;

/// <summary>This host's endpoint for the batches the cluster's publishers push: every live feed takes its part.</summary>
public sealed class LiveFeedObserver(IEnumerable<ILiveFeedConsumer> consumers, LiveFeedReloads reloads) : ILiveFeedObserver
{
    private readonly ILiveFeedConsumer[] _consumers = [.. consumers];

    public Task OnLiveBatch(LiveBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Resync)
        {
            reloads.Request();
        }

        foreach (var consumer in _consumers)
        {
            consumer.OnBatch(batch);
        }

        return Task.CompletedTask;
    }
}
