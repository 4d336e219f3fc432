using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ItsmOrleans.Web.Boards;

/// <summary>Healthy once this host has loaded its board state and receives changes.</summary>
public sealed class BoardHealthCheck(BoardFeed feed) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(feed.Loaded.IsCompleted
            ? HealthCheckResult.Healthy($"{feed.Subscribers} board subscriber(s)")
            : HealthCheckResult.Unhealthy("Board state not loaded yet"));
}
