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
        options.TokenValidationParameters.ValidateAudience = true;
        options.Events = new JwtBearerEvents
        {
            // Browsers cannot set headers on WebSockets: SignalR sends the token as a query parameter instead.
            OnMessageReceived = context =>
            {
                if (SitePaths.IsHub(context.Request.Path)
                    && context.Request.Query["access_token"].ToString() is { Length: > 0 } token)
                {
                    context.Token = token;
                }

                return Task.CompletedTask;
            },
            OnTokenValidated = context =>
            {
                if (context.Principal?.Identity is not ClaimsIdentity token || string.IsNullOrWhiteSpace(token.FindFirst(jwt.NameClaim)?.Value))
                {
                    context.Fail($"The token has no '{jwt.NameClaim}' claim to name its user.");
                }
                else
                {
                    context.Principal = ToCaller(token, jwt);
                }

                return Task.CompletedTask;
            },
        };
    }

    /// <summary>The caller a validated token makes: named "jwt:" and its name claim (<see cref="CallerNames"/>), with its roles and groups.</summary>
    public static ClaimsPrincipal ToCaller(ClaimsIdentity token, JwtOptions jwt)
    {
        // The token's claims stay, except any that could pass for the name or the claims this hub issues itself.
        var claims = token.Claims
            .Where(c => c.Type != ClaimTypes.Name && !c.Type.StartsWith(CallerClaims.OwnPrefix, StringComparison.Ordinal))
            .ToList();
        claims.Add(new Claim(ClaimTypes.Name, CallerNames.ForJwt(token.FindFirst(jwt.NameClaim)!.Value)));
        claims.AddRange(token.FindAll(jwt.GroupsClaim).Select(c => new Claim(CallerClaims.GroupClaim, c.Value)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, JwtBearerDefaults.AuthenticationScheme, ClaimTypes.Name, jwt.RoleClaim));
    }
}
