using System.Net;
using ItsmOrleans.Contracts.Webhooks;
using ItsmOrleans.Domain.Alerts;
using ItsmOrleans.Domain.Changes;
using ItsmOrleans.Domain.Escalations;
using ItsmOrleans.Domain.MajorIncidents;
using ItsmOrleans.Domain.ServiceRequests;
using ItsmOrleans.Domain.Services;
using ItsmOrleans.Domain.Slas;
using ItsmOrleans.Domain.Tickets;
using ItsmOrleans.Domain.Webhooks;
using ItsmOrleans.Grains.Changes;
using ItsmOrleans.Grains.Incidents;
using ItsmOrleans.Grains.Incidents.Followers;
using ItsmOrleans.Grains.LiveFeeds;
using ItsmOrleans.Grains.MajorIncidents;
using ItsmOrleans.Grains.OutgoingCalls;
using ItsmOrleans.Grains.Problems;
using ItsmOrleans.Grains.ServiceRequests;
using ItsmOrleans.Grains.Services;
using ItsmOrleans.Grains.Slas;
using ItsmOrleans.Hosting.OutgoingCalls;
using ItsmOrleans.Hosting.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Hosting.Cluster;

/// <summary>The services grains depend on: policies, working time, clocks and options.</summary>
public static class ItsmDomainServices
{
    public static IServiceCollection AddItsmDomain(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<SlaOptions>().Bind(configuration.GetSection(SlaOptions.Section));
        services.AddOptions<SlaClockOptions>().Bind(configuration.GetSection(SlaClockOptions.Section));
        services.AddOptions<LivePublishingOptions>().Bind(configuration.GetSection(LivePublishingOptions.Section));
        services.AddOptions<ProblemSuggestionOptions>().Bind(configuration.GetSection(ProblemSuggestionOptions.Section));
        services.AddOptions<ServiceRequestOptions>().Bind(configuration.GetSection(ServiceRequestOptions.Section));
        services.AddOptions<MajorIncidentOptions>().Bind(configuration.GetSection(MajorIncidentOptions.Section));
        services.AddOptions<ChangeOptions>().Bind(configuration.GetSection(ChangeOptions.Section));
        services.AddOptions<TicketRoomOptions>().Bind(configuration.GetSection(TicketRoomOptions.Section));
        services.AddOptions<EscalationOptions>().Bind(configuration.GetSection(EscalationOptions.Section));
        services.AddOptions<AlertOptions>().Bind(configuration.GetSection(AlertOptions.Section));
        services.AddOptions<WebhookOptions>().Bind(configuration.GetSection(WebhookOptions.Section))
            .Validate(o => o.AllowedPrivateNetworks.All(range => IPNetwork.TryParse(range, out _)),
                $"{WebhookOptions.AllowedPrivateNetworksSetting} holds CIDR ranges, such as 10.20.0.0/16 or fd00::/8.")
            .ValidateOnStart();
        services.TryAddSingleton(s => new OutgoingAddressPolicy(
            s.GetRequiredService<IOptions<WebhookOptions>>().Value.AllowedPrivateNetworks.Select(range => IPNetwork.Parse(range)),
            WebhookOptions.AllowedPrivateNetworksSetting));
        services.AddHttpClient(HttpWebhookSender.ClientName).GuardOutgoingAddresses();
        services.TryAddSingleton<IWebhookSender, HttpWebhookSender>();
        services.AddSingleton<ISlaPolicyCatalog, ConfiguredSlaPolicyCatalog>();

        // The grains' collaborators. Those that remember something per activation (how far the history reached the
        // reports, the recent incidents of a service) are transient: each grain activation gets its own.
        services.AddTransient<IncidentReadModelWriter>();
        services.AddTransient<IncidentPublisher>();
        services.AddSingleton<IncidentSlaClocks>();
        services.AddSingleton<IncidentSlaRepair>();
        services.AddTransient<ProblemReadModelWriter>();
        services.AddSingleton<ServiceRequestSlaClocks>();
        services.AddSingleton<ServiceRequestPublisher>();
        services.AddSingleton<ChangeAssessor>();
        services.AddTransient<ChangePublisher>();
        services.AddSingleton<MajorIncidentPublisher>();
        services.AddSingleton<ServicePublisher>();
        services.AddTransient<ProblemSuggester>();

        // Told in this order after every incident change.
        services.AddSingleton<IIncidentFollower, ServiceFollower>();
        services.AddSingleton<IIncidentFollower, MajorIncidentFollower>();
        services.AddSingleton<IIncidentFollower, ProblemFollower>();
        services.AddSingleton<IIncidentFollower, LiveFeedFollower>();
        services.AddSingleton<IIncidentFollower, WebhookFollower>();
        services.AddHostedService<SlaCatalogCheck>();
        services.AddMetrics();
        services.TryAddSingleton<SlaMetrics>();
        services.TryAddSingleton<Domain.Continuity.ContinuityMetrics>();
        return services;
    }
}
