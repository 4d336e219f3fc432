using ItsmOrleans.Contracts.Boards;

namespace ItsmOrleans.Web.Boards;

/// <summary>This host's endpoint for board batches pushed by the cluster's publishers.</summary>
public sealed class BoardObserver(BoardFeed feed, ServiceMapFeed services, ChangeCalendarFeed calendar) : IBoardObserver
{
    public Task OnBoardBatch(BoardBatch batch)
    {
        feed.OnBatch(batch);
        services.OnServices(batch.Services ?? []);
        calendar.OnChanges(batch.Changes ?? []);
        if (batch.Resync)
        {
            calendar.ReloadAll();
        }

        return Task.CompletedTask;
    }
}
