using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ItsmOrleans.Hosting.Health;

/// <summary>
/// GET /health: 200 only when every check passes (the cluster answers, the database is reachable), 503 otherwise,
/// with each check's state as JSON; orchestrators route traffic by it. GET /health/live: 200 while the process
/// answers at all; orchestrators restart by it, so an outage of the database does not restart every host.
/// </summary>
public static class HealthEndpoint
{
    public const string Path = "/health";

    public const string LivePath = "/health/live";

    public static RouteGroupBuilder MapItsmHealth(this IEndpointRouteBuilder endpoints)
    {
        // A group only so that callers can add conventions (anonymous access) to both at once.
        var health = endpoints.MapGroup("");
        health.MapHealthChecks(Path, new HealthCheckOptions { ResponseWriter = Write });
        health.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = Write });
        return health;
    }

    private static Task Write(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        return http.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
