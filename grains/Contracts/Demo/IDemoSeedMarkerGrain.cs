namespace ItsmOrleans.Contracts.Demo;

/// <summary>
/// Marks the seeding of the demo organisation: begun before anything is written, finished after the last record. A
/// restart finishes a seeding that was begun, and never begins one over data it did not make. Always address it with key 0.
/// </summary>
public interface IDemoSeedMarkerGrain : IGrainWithIntegerKey
{
    /// <returns>Null when seeding never began.</returns>
    Task<DemoSeedMarker?> Get();

    /// <summary>Marks seeding as begun; asked again, returns the marker it wrote the first time (its routing key among it).</summary>
    Task<DemoSeedMarker> Begin(string integrationRoutingKey);

    /// <summary>Marks seeding as finished: everything was written.</summary>
    Task<DemoSeedMarker> Finish();
}
