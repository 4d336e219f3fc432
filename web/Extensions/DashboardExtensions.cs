using ItsmOrleans.Hosting.Cluster;
using Orleans.Dashboard;

namespace ItsmOrleans.Web.Extensions;

public static class DashboardExtensions
{
    public const string Path = "/dashboard";

    /// <summary>Serves the Orleans Dashboard (silos, grains, calls, reminders) to admins, when the cluster collects for it.</summary>
    public static IEndpointRouteBuilder MapItsmDashboard(this IEndpointRouteBuilder endpoints, IConfiguration configuration)
    {
        var cluster = configuration.GetSection(ItsmClusterOptions.Section).Get<ItsmClusterOptions>() ?? new();
        if (cluster.Dashboard)
        {
            endpoints.MapOrleansDashboard(Path)
                .RequireAuthorization(ItsmPolicies.Administer)
                .AddEndpointFilter(RefuseMalformedSiloAddress);
        }

        return endpoints;
    }

    // The dashboard's silo pages take a silo address from the path and fail deep inside Orleans when it does not parse.
    private static async ValueTask<object?> RefuseMalformedSiloAddress(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (InvalidOperationException e) when (e.InnerException is FormatException malformed)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not a silo address", detail: malformed.Message);
        }
    }
}
