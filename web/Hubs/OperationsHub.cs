using System.Threading.Channels;
using ItsmOrleans.Contracts.Alerts;
using ItsmOrleans.Contracts.Continuity;
using ItsmOrleans.Contracts.MajorIncidents;
using ItsmOrleans.Contracts.Notices;
using ItsmOrleans.Contracts.Risks;
using ItsmOrleans.Contracts.Services;
using ItsmOrleans.Contracts.Tickets;
using ItsmOrleans.Web.Boards;
using ItsmOrleans.Web.Tickets;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.SignalR;

namespace ItsmOrleans.Web.Hubs;

/// <summary>
/// The live operations hub at /hubs/operations. Anyone signed in may connect (requesters follow their own tickets);
/// each method names the policy that decides who may call it. Each stream takes its live feed from the host's
/// services as a parameter, so a new stream is one method.
/// </summary>
[Authorize(Policy = ItsmPolicies.SignedIn)]
public sealed class OperationsHub(PresenceConnections presence, IGrainFactory grains) : Hub
{
    public const string Path = "/hubs/operations";
    public const int MaxFieldName = 64;

    /// <summary>Streams a snapshot of the board in <paramref name="scope"/>, then deltas as incidents change.</summary>
    [Authorize(Policy = ItsmPolicies.WatchBoards)]
    public ChannelReader<BoardFrame> SubscribeBoard(BoardScope? scope, [FromServices] BoardFeed feed, CancellationToken cancellationToken)
    {
        if (scope is null)
        {
            throw new HubException("Give a scope: { kind: \"all\" }, { kind: \"service\", value } or { kind: \"group\", value }.");
        }

        if (scope.Problem() is { } problem)
        {
            throw new HubException(problem);
        }

        return feed.Subscribe(scope, cancellationToken);
    }

    /// <summary>Streams the service portfolio with its live health (the service map), then the services that change.</summary>
    [Authorize(Policy = ItsmPolicies.WatchBoards)]
    public ChannelReader<LiveListMessage<ServiceSummary>> SubscribeServiceMap(
        [FromServices] LiveListFeed<string, ServiceSummary> services, CancellationToken cancellationToken) => services.Subscribe(cancellationToken);

    /// <summary>Streams the active major incidents (every board's banner), then those that change, start or end.</summary>
    [Authorize(Policy = ItsmPolicies.ReadMajorIncidents)]
    public ChannelReader<LiveListMessage<MajorIncidentSummary>> SubscribeMajorIncidents(
        [FromServices] LiveListFeed<Guid, MajorIncidentSummary> majorIncidents, CancellationToken cancellationToken) =>
        majorIncidents.Subscribe(cancellationToken);

    /// <summary>Streams the open alerts (counts, flapping, their incidents), then those that open, repeat, change or resolve.</summary>
    [Authorize(Policy = ItsmPolicies.WatchBoards)]
    public ChannelReader<LiveListMessage<AlertSummary>> SubscribeAlerts(
        [FromServices] LiveListFeed<Guid, AlertSummary> alerts, CancellationToken cancellationToken) => alerts.Subscribe(cancellationToken);

    /// <summary>Streams the active operational notices (over-used licences, expiring contracts), then those raised or settled.</summary>
    [Authorize(Policy = ItsmPolicies.WatchBoards)]
    public ChannelReader<LiveListMessage<BoardNotice>> SubscribeNotices(
        [FromServices] LiveListFeed<string, BoardNotice> notices, CancellationToken cancellationToken) => notices.Subscribe(cancellationToken);

    /// <summary>Streams the open risks of the register, then the risks that are recorded or change (a closed one arrives once, to be dropped).</summary>
    [Authorize(Policy = ItsmPolicies.ReadRisks)]
    public ChannelReader<LiveListMessage<RiskView>> SubscribeRisks(
        [FromServices] LiveListFeed<Guid, RiskView> risks, CancellationToken cancellationToken) => risks.Subscribe(cancellationToken);

    /// <summary>Streams every service's business impact analysis, then those that change (the continuity page).</summary>
    [Authorize(Policy = ItsmPolicies.ReadContinuity)]
    public ChannelReader<LiveListMessage<BusinessImpactView>> SubscribeBusinessImpacts(
        [FromServices] LiveListFeed<string, BusinessImpactView> impacts, CancellationToken cancellationToken) => impacts.Subscribe(cancellationToken);

    /// <summary>Streams the continuity plans that are not retired, then those that are recorded or change (a retired one arrives once, to be dropped).</summary>
    [Authorize(Policy = ItsmPolicies.ReadContinuity)]
    public ChannelReader<LiveListMessage<ContinuityPlanView>> SubscribeContinuityPlans(
        [FromServices] LiveListFeed<Guid, ContinuityPlanView> plans, CancellationToken cancellationToken) => plans.Subscribe(cancellationToken);

    /// <summary>Streams the change calendar of a range (changes and freezes), then the changes that enter, move in or leave it.</summary>
    [Authorize(Policy = ItsmPolicies.ReadChanges)]
    public ChannelReader<ChangeCalendarMessage> SubscribeChangeCalendar(
        ChangeCalendarRange? range, [FromServices] ChangeCalendarFeed calendar, CancellationToken cancellationToken)
    {
        if (range is null)
        {
            throw new HubException("Give a range: { from, to } as ISO 8601 instants, optionally a serviceId.");
        }

        if (range.Problem() is { } problem)
        {
            throw new HubException(problem);
        }

        return calendar.Subscribe(range, cancellationToken);
    }

    /// <summary>
    /// Streams one ticket's room as <see cref="TicketRoomMessage"/>s: the ticket with its timeline (whole, or only what
    /// came after <paramref name="afterSequence"/> when a client resumes), then its changes and who is present, as they
    /// happen. Requesters follow their own tickets only (another's answers as REST does: there is no such incident), see
    /// public replies only and nobody's presence.
    /// </summary>
    [Authorize(Policy = ItsmPolicies.ReadIncidents)]
    public async Task<ChannelReader<TicketRoomFrame>> SubscribeTicket(
        Guid incidentId, int? afterSequence, [FromServices] TicketRoomFeed tickets, CancellationToken cancellationToken)
    {
        if (afterSequence is < 0)
        {
            throw new HubException("'afterSequence' is the last timeline sequence the client holds, 0 or more.");
        }

        try
        {
            return await tickets.Subscribe(incidentId, afterSequence ?? 0, CallerClaims.ToCaller(Context.User!), cancellationToken);
        }
        catch (DomainException exception)
        {
            throw new HubException(exception.Message);
        }
    }

    /// <summary>Streams who is on which ticket (for board and list rows), then the rooms people enter, change or leave.</summary>
    [Authorize(Policy = ItsmPolicies.WatchBoards)]
    public ChannelReader<LiveListMessage<TicketPresence>> SubscribePresence(
        [FromServices] LiveListFeed<Guid, TicketPresence> rooms, CancellationToken cancellationToken) => rooms.Subscribe(cancellationToken);

    /// <summary>Streams an empty snapshot, then each time someone names the caller (@name) in a work note.</summary>
    [Authorize(Policy = ItsmPolicies.WatchBoards)]
    public ChannelReader<LiveListMessage<Mention>> SubscribeMentions(
        [FromServices] MentionFeed mentions, CancellationToken cancellationToken) =>
        mentions.Subscribe(CallerClaims.ToCaller(Context.User!), cancellationToken);

    /// <summary>
    /// Streams an empty snapshot, then the caller's own incidents and service requests (raised by them or for them) as
    /// they change; a later snapshot, also empty, means some changes may have been missed: re-read them all.
    /// </summary>
    [Authorize(Policy = ItsmPolicies.SignedIn)]
    public ChannelReader<LiveListMessage<MyTicketChange>> SubscribeMyTickets(
        [FromServices] MyTicketFeed myTickets, CancellationToken cancellationToken) =>
        myTickets.Subscribe(CallerClaims.ToCaller(Context.User!).Name, cancellationToken);

    /// <summary>Says what this connection is doing in a ticket's room (viewing, idle, editing a field, typing); repeat it every few seconds to stay present.</summary>
    [Authorize(Policy = ItsmPolicies.WatchBoards)]
    public async Task ReportPresence(Guid incidentId, string? activity, string? field)
    {
        if (!Enum.TryParse<PresenceActivity>(activity, ignoreCase: true, out var what) || !Enum.IsDefined(what) || int.TryParse(activity, out _))
        {
            throw new HubException("'activity' is viewing, idle, editing, typingReply or typingNote.");
        }

        if (field is { Length: > MaxFieldName } || (what == PresenceActivity.Editing) != !string.IsNullOrWhiteSpace(field))
        {
            throw new HubException($"Name the field (at most {MaxFieldName} characters) when editing, and only then.");
        }

        if (!presence.Enter(Context.ConnectionId, incidentId))
        {
            throw new HubException($"One connection is present in at most {PresenceConnections.MaxTicketsPerConnection} tickets.");
        }

        await grains.GetGrain<ITicketPresenceGrain>(incidentId).Report(Context.ConnectionId, CallerClaims.ToCaller(Context.User!).Name, what, field);
    }

    /// <summary>This connection left a ticket's room (the page closed the ticket).</summary>
    [Authorize(Policy = ItsmPolicies.WatchBoards)]
    public async Task LeaveTicket(Guid incidentId)
    {
        presence.Leave(Context.ConnectionId, incidentId);
        await grains.GetGrain<ITicketPresenceGrain>(incidentId).Leave(Context.ConnectionId);
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        foreach (var incidentId in presence.Drop(Context.ConnectionId))
        {
            await grains.GetGrain<ITicketPresenceGrain>(incidentId).Leave(Context.ConnectionId);
        }

        await base.OnDisconnectedAsync(exception);
    }
}
