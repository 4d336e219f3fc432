using ItsmOrleans.Hosting.Audit;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace ItsmOrleans.Web.Apis;

/// <summary>Browser sign-in with local accounts (/signin, /signout) and who the caller is (/api/me).</summary>
public static class SessionApi
{
    public static IEndpointRouteBuilder MapSessionApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/signin", Page).AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/signin", SignIn).AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/signout", SignOut).RequireAuthorization(ItsmPolicies.SignedIn).ExcludeFromDescription();
        app.MapGet("/api/me", Me).RequireAuthorization(ItsmPolicies.SignedIn).WithTags("Session").WithName("WhoAmI");
        return app;
    }

    private static IResult Page(HttpContext http, IAntiforgery antiforgery, string? returnUrl) =>
        Render(http, antiforgery, ReturnUrl.LocalOrHome(returnUrl), userName: null, failed: false);

    private static async Task<IResult> SignIn([FromForm] SignInForm form, HttpContext http, IAntiforgery antiforgery, LocalSignIn signIn)
    {
        var returnUrl = ReturnUrl.LocalOrHome(form.ReturnUrl);
        var userName = form.UserName ?? "";
        var password = form.Password ?? "";
        var principal = userName.Length is > 0 and <= 64 && password.Length is > 0 and <= LocalPasswords.MaximumLength
            ? await signIn.SignIn(userName, password, http.Connection.RemoteIpAddress?.ToString(), http.RequestAborted)
            : null;
        if (principal is null)
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Render(http, antiforgery, returnUrl, userName.Length <= 64 ? userName : null, failed: true);
        }

        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal, new AuthenticationProperties { IsPersistent = true });
        return Results.LocalRedirect(returnUrl);
    }

    /// <summary>Ends the session on the server too: its cookie, replayed later, is refused on every web host.</summary>
    private static async Task<IResult> SignOut(HttpContext http, LocalSignIn signIn, IAuditLog audit)
    {
        var name = http.User.Identity?.Name ?? "unknown";
        await signIn.EndSession(http.User);
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        await audit.Record(new AuditEntry(AuditKinds.SignOut, name, RemoteAddress: http.Connection.RemoteIpAddress?.ToString()), http.RequestAborted);
        return Results.LocalRedirect("/signin");
    }

    private static Ok<Me> Me(HttpContext http)
    {
        var caller = CallerClaims.ToCaller(http.User);
        return TypedResults.Ok(new Me(caller.Name, caller.Roles, caller.Groups, http.User.Identity?.AuthenticationType ?? ""));
    }

    private static IResult Render(HttpContext http, IAntiforgery antiforgery, string returnUrl, string? userName, bool failed)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return Results.Content(
            SignInPage.Render(tokens.FormFieldName, tokens.RequestToken ?? "", returnUrl, userName, failed),
            "text/html; charset=utf-8",
            statusCode: http.Response.StatusCode);
    }
}
