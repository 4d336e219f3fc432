using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace ItsmOrleans.Web.Extensions;

public static class SecurityExtensions
{
    private const string SelectScheme = "itsm";

    /// <summary>
    /// Sign-in by browser cookie (local accounts), by API key (automation) and, when an authority is configured,
    /// by JWT bearer token from the company's OpenID Connect provider; the request decides which applies.
    /// </summary>
    public static WebApplicationBuilder AddItsmSecurity(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(SecurityOptions.Section);
        builder.Services.AddOptions<SecurityOptions>().Bind(section)
            .Validate(o => o.Jwt.NamesAudience, JwtOptions.MissingAudience)
            .ValidateOnStart();
        var settings = section.Get<SecurityOptions>() ?? new();
        var jwt = settings.Jwt;
        var useJwt = jwt.Enabled;

        var authentication = builder.Services
            .AddAuthentication(o => (o.DefaultScheme, o.DefaultChallengeScheme) = (SelectScheme, SelectScheme))
            .AddPolicyScheme(SelectScheme, "ItsmOrleans", o => o.ForwardDefaultSelector = http =>
                ApiKeyAuthenticationHandler.Presents(http.Request) ? ApiKeyAuthenticationHandler.SchemeName
                : useJwt && PresentsBearer(http.Request) ? JwtBearerDefaults.AuthenticationScheme
                : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = "itsm.session";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = settings.SessionLifetime;
                o.SlidingExpiration = true;
                o.LoginPath = "/signin";
                o.Events.OnRedirectToLogin = http => Refuse(http, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = http => Refuse(http, StatusCodes.Status403Forbidden);
                // A session ends as soon as it signs out, or its account is disabled or its password, roles or groups change;
                // asked of the account grain on every request, so a cookie replayed after sign-out is refused on any web host.
                o.Events.OnValidatePrincipal = async context =>
                {
                    var signIn = context.HttpContext.RequestServices.GetRequiredService<LocalSignIn>();
                    if (context.Principal is null || !await signIn.IsStillValid(context.Principal))
                    {
                        context.RejectPrincipal();
                        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                    }
                };
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        if (useJwt)
        {
            authentication.AddJwtBearer(o => JwtSignIn.Configure(o, jwt));
        }

        builder.Services.AddAuthorizationBuilder().AddItsmPolicies();
        builder.Services.AddAntiforgery(o => (o.Cookie.Name, o.Cookie.SameSite) = ("itsm.antiforgery", SameSiteMode.Strict));
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuditingAuthorizationResultHandler>();
        builder.Services.AddSingleton<IPasswordHasher<LocalAccount>, PasswordHasher<LocalAccount>>();
        builder.Services.AddSingleton<LocalPasswords>();
        builder.Services.AddSingleton<LocalSignIn>();
        builder.Services.AddSingleton<DemoAccounts>();
        builder.Services.AddHostedService<AccountBootstrap>();
        return builder;
    }

    private static bool PresentsBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
        || (SitePaths.IsHub(request.Path) && request.Query.ContainsKey("access_token"));

    /// <summary>APIs and hubs answer 401/403; pages are sent to the sign-in page.</summary>
    private static Task Refuse(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        // Pages send a browser that has not signed in to the sign-in page; a signed-in user without the role gets a
        // plain 403 wherever it asked (there is no access-denied page to send it to).
        var path = context.Request.Path;
        if (status == StatusCodes.Status403Forbidden || SitePaths.IsApi(path) || SitePaths.IsHub(path))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
