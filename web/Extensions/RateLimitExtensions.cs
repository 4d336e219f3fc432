using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace ItsmOrleans.Web.Extensions;

public static class RateLimitExtensions
{
    /// <summary>Per-caller token buckets on HTTP (users, API keys, anonymous addresses); 429 with Retry-After when empty.</summary>
    public static WebApplicationBuilder AddItsmRateLimits(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(RateLimitOptions.Section);
        builder.Services.AddOptions<RateLimitOptions>().Bind(section);
        var limits = section.Get<RateLimitOptions>() ?? new();
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => Partition(http, limits));
            o.OnRejected = Reject;
        });
        return builder;
    }

    private static RateLimitPartition<string> Partition(HttpContext http, RateLimitOptions limits)
    {
        var identity = http.User.Identity;
        var (key, limit) = identity?.IsAuthenticated == true
            ? identity.AuthenticationType == ApiKeyAuthenticationHandler.SchemeName
                ? ($"key:{identity.Name}", limits.PerApiKey)
                : ($"user:{identity.Name}", limits.PerUser)
            : ($"ip:{http.Connection.RemoteIpAddress}", limits.Anonymous);
        return RateLimitPartition.GetTokenBucketLimiter(key, _ => limit.ToBucket());
    }

    private static async ValueTask Reject(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
        var http = context.HttpContext;
        http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = $"This caller sent more requests than its rate limit allows; retry after {retryAfter} s.",
            },
        });
    }
}
