using ItsmOrleans.Contracts.LiveFeeds;
using ItsmOrleans.Web.LiveFeeds;

namespace ItsmOrleans.Web.Boards;

/// <summary>The board as a live feed: incident rows and feed lines from the batches, the open incidents from the read model.</summary>
public sealed class BoardFeedConsumer(BoardFeed feed, IIncidentReadModel readModel) : ILiveFeedConsumer
{
    public void OnBatch(LiveBatch batch) => feed.OnBatch(batch);

    public async Task Reload(bool first, CancellationToken cancellationToken)
    {
        feed.BeginLoad();
        try
        {
            feed.CompleteLoad(await readModel.ListOpen(cancellationToken));
        }
        catch
        {
            feed.AbandonLoad();
            throw;
        }
    }
}
