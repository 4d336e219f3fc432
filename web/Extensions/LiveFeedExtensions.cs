using ItsmOrleans.Contracts.Alerts;
using ItsmOrleans.Contracts.Continuity;
using ItsmOrleans.Contracts.MajorIncidents;
using ItsmOrleans.Contracts.Notices;
using ItsmOrleans.Contracts.Risks;
using ItsmOrleans.Contracts.Services;
using ItsmOrleans.Contracts.Tickets;
using ItsmOrleans.Web.Boards;
using ItsmOrleans.Web.LiveFeeds;
using ItsmOrleans.Web.Tickets;
using Microsoft.AspNetCore.SignalR;

namespace ItsmOrleans.Web.Extensions;

public static class LiveFeedExtensions
{
    private const int MaxActiveMajorIncidents = 500;

    /// <summary>Boards show the most recently seen open alerts; more than this many are a storm the board summarises anyway.</summary>
    public const int MaxOpenAlerts = 2000;

    /// <summary>The open risks a host loads for the register page's live list; a register holds hundreds, not thousands.</summary>
    public const int MaxOpenRisks = 5000;
    public const int MaxActivePlans = 5000;

    /// <summary>The live pages: SignalR, this host's live feeds, and its registration with the cluster.</summary>
    public static WebApplicationBuilder AddItsmLiveFeeds(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<HubSessions>();
        services.AddHostedService(provider => provider.GetRequiredService<HubSessions>());
        services.AddSignalR(o =>
            {
                o.MaximumReceiveMessageSize = 32 * 1024;
                o.AddFilter<HubSessions>();
            })
            .AddJsonProtocol(o => ApiJson.Configure(o.PayloadSerializerOptions));
        services.AddOptions<BoardFeedOptions>().Bind(builder.Configuration.GetSection(BoardFeedOptions.Section));
        services.AddSingleton<BoardMetrics>();
        services.AddSingleton<LiveFeedReloads>();
        services.AddSingleton<BoardFeed>();
        services.AddLiveFeed<BoardFeedConsumer>();
        services.AddLiveList(
            new LiveListRows<string, ServiceSummary>(s => s.Id, s => s.Revision, _ => true, s => s.Id),
            (provider, cancellationToken) => provider.GetRequiredService<IServiceReadModel>().ListAll(cancellationToken));
        services.AddLiveList(
            new LiveListRows<Guid, MajorIncidentSummary>(m => m.Id, m => m.Revision, m => m.IsActive, m => m.Number),
            (provider, cancellationToken) => provider.GetRequiredService<IMajorIncidentReadModel>().List(all: false, MaxActiveMajorIncidents, cancellationToken));
        services.AddLiveList(
            new LiveListRows<string, BoardNotice>(n => n.Key, n => n.Revision, n => n.Active, n => n.Key),
            (provider, cancellationToken) => provider.GetRequiredService<INoticeReadModel>().ListActive(cancellationToken));
        services.AddLiveList(
            new LiveListRows<Guid, AlertSummary>(
                a => a.Id, a => a.Revision, a => a.Status != AlertStatus.Resolved, a => (DateTimeOffset.MaxValue - a.FirstSeen).Ticks.ToString("D20", CultureInfo.InvariantCulture)),
            (provider, cancellationToken) => provider.GetRequiredService<IAlertReadModel>().ListOpen(MaxOpenAlerts, cancellationToken));

        services.AddLiveList(
            new LiveListRows<Guid, RiskView>(r => r.Id, r => r.Version, r => r.Status != RiskStatus.Closed, r => r.Number),
            (provider, cancellationToken) => provider.GetRequiredService<IRiskReadModel>().List(new RiskQuery(OpenOnly: true, Limit: MaxOpenRisks), cancellationToken));

        services.AddLiveList(
            new LiveListRows<string, BusinessImpactView>(b => b.ServiceId, b => b.Version, _ => true, b => b.ServiceId),
            (provider, cancellationToken) => provider.GetRequiredService<IBusinessImpactReadModel>().ListAll(cancellationToken));

        services.AddLiveList(
            new LiveListRows<Guid, ContinuityPlanView>(p => p.Id, p => p.Revision, p => p.Status != PlanStatus.Retired, p => p.Number),
            (provider, cancellationToken) => provider.GetRequiredService<IPlanReadModel>().List(new PlanQuery(ActiveOnly: true, Limit: MaxActivePlans), cancellationToken));

        // Presence is never stored: this host starts with nobody and learns of rooms as people come and go.
        services.AddLiveList(
            new LiveListRows<Guid, TicketPresence>(p => p.IncidentId, p => p.Revision, p => p.Viewers.Count > 0, p => p.IncidentId.ToString("N")),
            (_, _) => Task.FromResult<IReadOnlyList<TicketPresence>>([]));
        services.AddLiveFeed<ChangeCalendarFeed>();
        services.AddSingleton<TicketRoomReader>();
        services.AddLiveFeed<TicketRoomFeed>();
        services.AddSingleton<PresenceConnections>();
        services.AddLiveFeed<MentionFeed>();
        services.AddLiveFeed<MyTicketFeed>();
        services.AddSingleton<LiveFeedObserver>();
        services.AddHostedService<LiveFeedHostRegistration>();
        services.AddHealthChecks().AddCheck<BoardHealthCheck>("board");
        return builder;
    }
}
