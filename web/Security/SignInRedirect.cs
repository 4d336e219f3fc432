namespace ItsmOrleans.Web.Security;

/// <summary>
/// Sends a browser that opens the board without a session to the sign-in page before any script runs, so the board
/// never starts in a state it cannot show. Only the pages themselves (board, service map, change calendar, request portal, major-incident and problem consoles); their scripts and styles stay public.
/// </summary>
public static class SignInRedirect
{
    public static IApplicationBuilder UseSignInForBoardPage(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var path = http.Request.Path;
        var isBoardPage = HttpMethods.IsGet(http.Request.Method) && (path == "/" || path == "/index.html" || path == "/services.html" || path == "/changes.html" || path == "/requests.html" || path == "/major.html" || path == "/problems.html");
        if (isBoardPage && http.User.Identity?.IsAuthenticated != true)
        {
            var returnUrl = Uri.EscapeDataString(path + http.Request.QueryString);
            http.Response.Redirect($"/signin?returnUrl={returnUrl}");
            return;
        }

        await next(http);
    });
}
