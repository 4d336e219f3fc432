namespace ItsmOrleans.Contracts.Demo;

/// <summary>When the demo organisation's seeding began and finished, and the routing key it generated for its integration.</summary>
/// <param name="BegunAt">The demo's times (changes on the calendar, contract ends) count from this day, so a resumed seeding plans the same ones.</param>
/// <param name="IntegrationRoutingKey">Generated once, so the demo's integration key is no secret anyone can read from the source.</param>
[GenerateSerializer, Immutable, Alias("itsm.DemoSeedMarker")]
public sealed record DemoSeedMarker(DateTimeOffset BegunAt, string IntegrationRoutingKey, DateTimeOffset? FinishedAt)
{
    public bool Finished => FinishedAt is not null;
}
