using Microsoft.Extensions.DependencyInjection;

namespace ItsmOrleans.Hosting.Health;

/// <summary>The health checks every host reports on /health.</summary>
public static class ItsmHealthChecks
{
    public static IHealthChecksBuilder AddItsmHealthChecks(this IServiceCollection services) =>
        services.AddHealthChecks()
            .AddCheck<ClusterHealthCheck>("cluster")
            .AddCheck<DatabaseHealthCheck>("database");
}
