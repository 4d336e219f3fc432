namespace ItsmOrleans.Web.Tests.Alerts;

/// <summary>A host of its own with a tiny alert queue and small alert rates, so that a test can overload it quickly.</summary>
public sealed class ThrottledAlertsWebAppFixture : WebAppFixture
{
    public const int Burst = 10;

    protected override IEnumerable<KeyValuePair<string, string?>> Overrides =>
    [
        new("Alerts:Ingestion:MaxInFlight", "1"),
        new("Alerts:Ingestion:MaxQueued", "1"),
        new("Alerts:Ingestion:PerIntegrationKey:PermitsPerSecond", "1"),
        new("Alerts:Ingestion:PerIntegrationKey:Burst", Burst.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Alerts:Ingestion:UnknownKeyLookups:PermitsPerSecond", "1"),
        new("Alerts:Ingestion:UnknownKeyLookups:Burst", "2"),
    ];
}
