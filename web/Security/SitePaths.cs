namespace ItsmOrleans.Web.Security;

/// <summary>
/// The parts of the site that answer as an API rather than as pages. Compared as routing matches paths, ignoring case:
/// "/HUBS/operations" reaches the hub, so every check meant for the hub must see it too.
/// </summary>
public static class SitePaths
{
    public static readonly PathString Hubs = "/hubs";
    public static readonly PathString Api = "/api";

    public static bool IsHub(PathString path) => path.StartsWithSegments(Hubs, StringComparison.OrdinalIgnoreCase);

    public static bool IsApi(PathString path) => path.StartsWithSegments(Api, StringComparison.OrdinalIgnoreCase);
}
