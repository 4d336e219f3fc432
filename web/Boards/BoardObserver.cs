using ItsmOrleans.Contracts.Boards;
using ItsmOrleans.Contracts.MajorIncidents;
using ItsmOrleans.Contracts.Notices;
using ItsmOrleans.Contracts.Services;

namespace ItsmOrleans.Web.Boards;

/// <summary>This host's endpoint for board batches pushed by the cluster's publishers.</summary>
public sealed class BoardObserver(
    BoardFeed feed,
    LiveListFeed<string, ServiceSummary> services,
    LiveListFeed<Guid, MajorIncidentSummary> majorIncidents,
    LiveListFeed<string, BoardNotice> notices,
    ChangeCalendarFeed calendar) : IBoardObserver
{
    public Task OnBoardBatch(BoardBatch batch)
    {
        feed.OnBatch(batch);
        services.OnRows(batch.Services ?? []);
        majorIncidents.OnRows(batch.MajorIncidents ?? []);
        notices.OnRows(batch.Notices ?? []);
        calendar.OnChanges(batch.Changes ?? []);
        if (batch.Resync)
        {
            calendar.ReloadAll();
        }

        return Task.CompletedTask;
    }
}
