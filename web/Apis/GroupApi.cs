using ItsmOrleans.Contracts.Groups;
using ItsmOrleans.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ItsmOrleans.Web.Apis;

/// <summary>The assignment groups under /api/groups: those some account, API key or service puts into being.</summary>
public static class GroupApi
{
    public static RouteGroupBuilder MapGroupApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/groups").WithTags("Groups");
        api.MapGet("/", List).WithName("ListGroups").WithSummary("Every assignment group that exists, alphabetically")
            .RequireAuthorization(ItsmPolicies.Administer);
        api.ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }

    private static async Task<Ok<IReadOnlyList<GroupEntry>>> List(IGrainFactory grains) =>
        TypedResults.Ok<IReadOnlyList<GroupEntry>>([.. (await grains.GetGrain<IGroupDirectoryGrain>(0).List()).Select(name => new GroupEntry(name))]);
}
