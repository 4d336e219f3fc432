using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace ItsmOrleans.Web.Security;

/// <summary>How bearer tokens from the company's identity provider become callers.</summary>
public static class JwtSignIn
{
    public static void Configure(JwtBearerOptions options, JwtOptions jwt)
    {
        options.Authority = jwt.Authority;
        options.Audience = jwt.Audience;
        options.RequireHttpsMetadata = jwt.RequireHttpsMetadata;
        options.MapInboundClaims = false;
        options.TokenValidationParameters.NameClaimType = jwt.NameClaim;
        options.TokenValidationParameters.RoleClaimType = jwt.RoleClaim;
        options.TokenValidationParameters.ValidateAudience = !string.IsNullOrWhiteSpace(jwt.Audience);
        options.Events = new JwtBearerEvents
        {
            // Browsers cannot set headers on WebSockets: SignalR sends the token as a query parameter instead.
            OnMessageReceived = context =>
            {
                if (context.Request.Path.StartsWithSegments("/hubs", StringComparison.Ordinal)
                    && context.Request.Query["access_token"].ToString() is { Length: > 0 } token)
                {
                    context.Token = token;
                }

                return Task.CompletedTask;
            },
            OnTokenValidated = context =>
            {
                if (context.Principal?.Identity is ClaimsIdentity identity)
                {
                    foreach (var group in identity.FindAll(jwt.GroupsClaim).Select(c => c.Value).ToList())
                    {
                        identity.AddClaim(new Claim(CallerClaims.GroupClaim, group));
                    }
                }

                return Task.CompletedTask;
            },
        };
    }
}
