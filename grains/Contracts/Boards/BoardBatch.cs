using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Contracts.Boards;

/// <summary>Changes collected over a short window and sent to every web host at once: the latest row of each changed incident, and the feed lines.</summary>
/// <param name="DroppedActivities">Feed lines dropped because a burst exceeded the buffer; rows are never dropped.</param>
/// <param name="Resync">
/// This host missed earlier batches (it was slow, unreachable, or the registry was): it should reload its board state
/// from the read model.
/// </param>
/// <param name="Services">The latest row of each service whose health or definition changed.</param>
/// <param name="Changes">The latest row of each change request that changed (the change calendar's feed).</param>
/// <param name="MajorIncidents">The latest row of each major incident that changed (the boards' banner).</param>
/// <param name="Alerts">The latest row of each alert that changed (repeats of an alert at most once a second).</param>
/// <param name="Notices">Operational notices raised or settled (over-used licences, expiring contracts).</param>
/// <param name="ServiceRequests">The latest row of each service request that changed (who asked, for whom: requesters' live lists).</param>
[GenerateSerializer, Immutable, Alias("itsm.BoardBatch")]
public sealed record BoardBatch(
    IReadOnlyList<IncidentSummary> Rows,
    IReadOnlyList<BoardActivity> Activities,
    int DroppedActivities = 0,
    bool Resync = false,
    IReadOnlyList<Services.ServiceSummary>? Services = null,
    IReadOnlyList<Changes.ChangeSummary>? Changes = null,
    IReadOnlyList<MajorIncidents.MajorIncidentSummary>? MajorIncidents = null,
    IReadOnlyList<Notices.BoardNotice>? Notices = null,
    IReadOnlyList<Tickets.TicketTick>? Tickets = null,
    IReadOnlyList<Tickets.TicketPresence>? Presence = null,
    IReadOnlyList<Tickets.Mention>? Mentions = null,
    IReadOnlyList<Alerts.AlertSummary>? Alerts = null,
    IReadOnlyList<ServiceRequests.ServiceRequestSummary>? ServiceRequests = null);
