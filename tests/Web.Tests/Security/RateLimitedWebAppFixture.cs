namespace ItsmOrleans.Web.Tests.Security;

/// <summary>A host of its own with small rate limits, so that a test can reach them quickly.</summary>
public sealed class RateLimitedWebAppFixture : WebAppFixture
{
    protected override IEnumerable<KeyValuePair<string, string?>> Overrides =>
    [
        new("RateLimits:PerApiKey:PermitsPerSecond", "2"),
        new("RateLimits:PerApiKey:Burst", "5"),
        new("RateLimits:PerHubConnection:PermitsPerSecond", "1"),
        new("RateLimits:PerHubConnection:Burst", "3"),
    ];

    // Its tests name nobody in a ticket, and making the cast would spend the admin key's small allowance.
    protected override bool StartsWithTestCast => false;
}
