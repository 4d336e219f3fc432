namespace ItsmOrleans.Web.Security;

/// <summary>Bound from "RateLimits": token buckets per caller; over the limit a request gets 429 with Retry-After.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Signed-in people (browser sessions, bearer tokens).</summary>
    public RateLimit PerUser { get; set; } = new() { PermitsPerSecond = 50, Burst = 100 };

    /// <summary>API keys: integrations and load tests send more.</summary>
    public RateLimit PerApiKey { get; set; } = new() { PermitsPerSecond = 500, Burst = 1000 };

    /// <summary>Requests without a signed-in caller (the sign-in form, failed keys), per client address.</summary>
    public RateLimit Anonymous { get; set; } = new() { PermitsPerSecond = 10, Burst = 20 };

    /// <summary>Hub method calls per connection.</summary>
    public RateLimit PerHubConnection { get; set; } = new() { PermitsPerSecond = 10, Burst = 20 };
}
