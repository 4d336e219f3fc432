using ItsmOrleans.Contracts.Alerts;
using ItsmOrleans.Contracts.MajorIncidents;
using ItsmOrleans.Contracts.Notices;
using ItsmOrleans.Contracts.Services;
using ItsmOrleans.Contracts.Tickets;
using ItsmOrleans.Web.Boards;
using ItsmOrleans.Web.Security;
using ItsmOrleans.Web.Tickets;
using Microsoft.AspNetCore.SignalR;

namespace ItsmOrleans.Web.Extensions;

public static class BoardExtensions
{
    /// <summary>The live board: SignalR, this host's board feed, and its registration with the cluster.</summary>
    public static WebApplicationBuilder AddItsmBoards(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<HubSessions>();
        builder.Services.AddHostedService(services => services.GetRequiredService<HubSessions>());
        builder.Services.AddSignalR(o =>
            {
                o.MaximumReceiveMessageSize = 32 * 1024;
                o.AddFilter<HubSessions>();
            })
            .AddJsonProtocol(o => ApiJson.Configure(o.PayloadSerializerOptions));
        builder.Services.AddOptions<BoardFeedOptions>().Bind(builder.Configuration.GetSection(BoardFeedOptions.Section));
        builder.Services.AddSingleton<BoardMetrics>();
        builder.Services.AddSingleton<BoardFeed>();
        builder.Services.AddSingleton(new LiveListRows<string, ServiceSummary>(s => s.Id, s => s.Revision, _ => true, s => s.Id));
        builder.Services.AddSingleton<LiveListFeed<string, ServiceSummary>>();
        builder.Services.AddSingleton(new LiveListRows<Guid, MajorIncidentSummary>(m => m.Id, m => m.Revision, m => m.IsActive, m => m.Number));
        builder.Services.AddSingleton<LiveListFeed<Guid, MajorIncidentSummary>>();
        builder.Services.AddSingleton(new LiveListRows<string, BoardNotice>(n => n.Key, n => n.Revision, n => n.Active, n => n.Key));
        builder.Services.AddSingleton<LiveListFeed<string, BoardNotice>>();
        builder.Services.AddSingleton<ChangeCalendarFeed>();
        builder.Services.AddSingleton<TicketRoomReader>();
        builder.Services.AddSingleton<TicketRoomFeed>();
        builder.Services.AddSingleton(new LiveListRows<Guid, TicketPresence>(p => p.IncidentId, p => p.Revision, p => p.Viewers.Count > 0, p => p.IncidentId.ToString("N")));
        builder.Services.AddSingleton<LiveListFeed<Guid, TicketPresence>>();
        builder.Services.AddSingleton(new LiveListRows<Guid, AlertSummary>(
            a => a.Id, a => a.Revision, a => a.Status != AlertStatus.Resolved, a => (DateTimeOffset.MaxValue - a.FirstSeen).Ticks.ToString("D20", System.Globalization.CultureInfo.InvariantCulture)));
        builder.Services.AddSingleton<LiveListFeed<Guid, AlertSummary>>();
        builder.Services.AddSingleton<PresenceConnections>();
        builder.Services.AddSingleton<MentionFeed>();
        builder.Services.AddSingleton<MyTicketFeed>();
        builder.Services.AddHostedService<BoardHostRegistration>();
        builder.Services.AddHealthChecks().AddCheck<BoardHealthCheck>("board");
        return builder;
    }
}
