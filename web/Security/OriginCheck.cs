using Microsoft.Extensions.Options;

namespace ItsmOrleans.Web.Security;

/// <summary>
/// CORS does not protect WebSockets, and cookies travel with cross-site requests: a WebSocket or SignalR request, and
/// any state-changing request carrying the session cookie, must come from this site or an allowed origin (403 otherwise).
/// Requests with no Origin header (non-browser clients) are not browsers and are left to authentication.
/// </summary>
public static class OriginCheck
{
    public static IApplicationBuilder UseOriginCheck(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var origin = http.Request.Headers.Origin.ToString();
        if (origin.Length > 0 && NeedsCheck(http.Request) && !Allowed(http, origin))
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            await Results.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Origin not allowed",
                detail: $"Requests from {origin} may not use this hub's session or open its WebSockets.").ExecuteAsync(http);
            return;
        }

        await next(http);
    });

    private static bool NeedsCheck(HttpRequest request) =>
        SitePaths.IsHub(request.Path)
        || request.Headers.Upgrade.Count > 0
        || (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method)
            && request.Cookies.Keys.Any(k => k.StartsWith("itsm.", StringComparison.Ordinal)));

    private static bool Allowed(HttpContext http, string origin)
    {
        var own = $"{http.Request.Scheme}://{http.Request.Host}";
        if (string.Equals(origin, own, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var allowed = http.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value.AllowedOrigins;
        return allowed.Any(a => string.Equals(a.TrimEnd('/'), origin, StringComparison.OrdinalIgnoreCase));
    }
}
