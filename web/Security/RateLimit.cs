using System.Threading.RateLimiting;

namespace ItsmOrleans.Web.Security;

/// <summary>One token bucket: a steady rate, and a burst allowance above it.</summary>
public sealed class RateLimit
{
    public int PermitsPerSecond { get; set; }

    public int Burst { get; set; }

    public TokenBucketRateLimiterOptions ToBucket() => new()
    {
        TokenLimit = Math.Max(1, Burst),
        TokensPerPeriod = Math.Max(1, PermitsPerSecond),
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
