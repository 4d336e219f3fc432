using ItsmOrleans.Contracts.Accounts;
using ItsmOrleans.Contracts.Groups;

namespace ItsmOrleans.Web.Apis;

/// <summary>GET /api/groups: the assignment groups and the people in them, to choose whom a ticket goes to.</summary>
public static class GroupApi
{
    public static IEndpointRouteBuilder MapGroupApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/groups", ListGroups).WithTags("Groups").WithName("ListGroups").RequireAuthorization(ItsmPolicies.ReadGroups)
            .WithSummary("Every assignment group with its members: the local accounts in it that are not disabled");
        return app;
    }

    private static async Task<Ok<GroupView[]>> ListGroups(IGrainFactory grains)
    {
        var names = await grains.GetGrain<IGroupDirectoryGrain>(0).Names();
        var userNames = await grains.GetGrain<IAccountDirectoryGrain>(0).Users();
        var accounts = (await Task.WhenAll(userNames.Select(n => grains.GetGrain<IUserAccountGrain>(n).Find())))
            .OfType<UserAccountView>()
            .Where(a => !a.Disabled)
            .OrderBy(a => a.UserName, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return TypedResults.Ok(names.Select(name => new GroupView(name, name, [.. accounts
            .Where(a => a.Groups.Contains(name, StringComparer.OrdinalIgnoreCase))
            .Select(a => new GroupMember(a.UserName, a.DisplayName))])).ToArray());
    }
}
