namespace ItsmOrleans.Web.Security;

/// <summary>
/// Sends a browser that opens the board without a session to the sign-in page before any script runs, so the board
/// never starts in a state it cannot show. Only the pages themselves (every top-level .html page and "/"); their scripts and styles stay public.
/// </summary>
public static class SignInRedirect
{
    public static IApplicationBuilder UseSignInForBoardPage(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var path = http.Request.Path;
        var isBoardPage = HttpMethods.IsGet(http.Request.Method) && IsPage(path.Value ?? "");
        if (isBoardPage && http.User.Identity?.IsAuthenticated != true)
        {
            var returnUrl = Uri.EscapeDataString(path + http.Request.QueryString);
            http.Response.Redirect($"/signin?returnUrl={returnUrl}");
            return;
        }

        await next(http);
    });

    private static bool IsPage(string path) =>
        path == "/" || (path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) && path.LastIndexOf('/') == 0);
}
