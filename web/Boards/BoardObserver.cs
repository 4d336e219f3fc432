using ItsmOrleans.Contracts.Alerts;
using ItsmOrleans.Contracts.Boards;
using ItsmOrleans.Contracts.MajorIncidents;
using ItsmOrleans.Contracts.Notices;
using ItsmOrleans.Contracts.Services;
using ItsmOrleans.Contracts.Tickets;
using ItsmOrleans.Web.Tickets;

namespace ItsmOrleans.Web.Boards;

/// <summary>This host's endpoint for board batches pushed by the cluster's publishers.</summary>
public sealed class BoardObserver(
    BoardFeed feed,
    LiveListFeed<string, ServiceSummary> services,
    LiveListFeed<Guid, MajorIncidentSummary> majorIncidents,
    LiveListFeed<string, BoardNotice> notices,
    ChangeCalendarFeed calendar,
    TicketRoomFeed tickets,
    LiveListFeed<Guid, TicketPresence> presence,
    LiveListFeed<Guid, AlertSummary> alerts,
    MentionFeed mentions,
    MyTicketFeed myTickets) : IBoardObserver
{
    public Task OnBoardBatch(BoardBatch batch)
    {
        feed.OnBatch(batch);
        services.OnRows(batch.Services ?? []);
        majorIncidents.OnRows(batch.MajorIncidents ?? []);
        notices.OnRows(batch.Notices ?? []);
        calendar.OnChanges(batch.Changes ?? []);
        tickets.OnTicks(batch.Tickets ?? []);
        tickets.OnPresence(batch.Presence ?? []);
        presence.OnRows(batch.Presence ?? []);
        alerts.OnRows(batch.Alerts ?? []);
        mentions.OnMentions(batch.Mentions ?? []);
        myTickets.OnBatch(batch);
        if (batch.Resync)
        {
            calendar.ReloadAll();
            tickets.RefreshAll();
        }

        return Task.CompletedTask;
    }
}
