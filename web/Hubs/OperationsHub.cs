using System.Threading.Channels;
using ItsmOrleans.Contracts.MajorIncidents;
using ItsmOrleans.Contracts.Notices;
using ItsmOrleans.Contracts.Services;
using ItsmOrleans.Web.Boards;
using ItsmOrleans.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace ItsmOrleans.Web.Hubs;

/// <summary>The live operations hub at /hubs/operations.</summary>
[Authorize(Policy = ItsmPolicies.WatchBoards)]
public sealed class OperationsHub(
    BoardFeed feed,
    LiveListFeed<string, ServiceSummary> services,
    LiveListFeed<Guid, MajorIncidentSummary> majorIncidents,
    LiveListFeed<string, BoardNotice> notices,
    ChangeCalendarFeed calendar) : Hub
{
    public const string Path = "/hubs/operations";

    /// <summary>Streams a snapshot of the board in <paramref name="scope"/>, then deltas as incidents change.</summary>
    [Authorize(Policy = ItsmPolicies.WatchBoards)]
    public ChannelReader<BoardMessage> SubscribeBoard(BoardScope? scope, CancellationToken cancellationToken)
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
    public ChannelReader<LiveListMessage<ServiceSummary>> SubscribeServiceMap(CancellationToken cancellationToken) => services.Subscribe(cancellationToken);

    /// <summary>Streams the active major incidents (every board's banner), then those that change, start or end.</summary>
    [Authorize(Policy = ItsmPolicies.ReadMajorIncidents)]
    public ChannelReader<LiveListMessage<MajorIncidentSummary>> SubscribeMajorIncidents(CancellationToken cancellationToken) =>
        majorIncidents.Subscribe(cancellationToken);

    /// <summary>Streams the active operational notices (over-used licences, expiring contracts), then those raised or settled.</summary>
    [Authorize(Policy = ItsmPolicies.WatchBoards)]
    public ChannelReader<LiveListMessage<BoardNotice>> SubscribeNotices(CancellationToken cancellationToken) => notices.Subscribe(cancellationToken);

    /// <summary>Streams the change calendar of a range (changes and freezes), then the changes that enter, move in or leave it.</summary>
    [Authorize(Policy = ItsmPolicies.ReadChanges)]
    public ChannelReader<ChangeCalendarMessage> SubscribeChangeCalendar(ChangeCalendarRange? range, CancellationToken cancellationToken)
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
}
