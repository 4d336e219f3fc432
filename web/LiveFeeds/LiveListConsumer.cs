using ItsmOrleans.Contracts.LiveFeeds;
using ItsmOrleans.Web.Boards;

namespace ItsmOrleans.Web.LiveFeeds;

/// <summary>A live list as a live feed: its kind's rows from the batches, its whole list from <paramref name="load"/>.</summary>
public sealed class LiveListConsumer<TKey, TRow>(LiveListFeed<TKey, TRow> feed, Func<CancellationToken, Task<IReadOnlyList<TRow>>> load) : ILiveFeedConsumer
    where TKey : notnull
    where TRow : ILiveRecord
{
    public void OnBatch(LiveBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        feed.OnRows(batch.RowsOf<TRow>());
    }

    public async Task Reload(bool first, CancellationToken cancellationToken) => feed.Load(await load(cancellationToken));
}
