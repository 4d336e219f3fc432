using ItsmOrleans.Contracts.Demo;

namespace ItsmOrleans.Grains.Demo;

[GenerateSerializer, Alias("itsm.DemoSeedMarkerState")]
public sealed class DemoSeedMarkerState
{
    /// <summary>Null until seeding begins.</summary>
    [Id(0)] public DemoSeedMarker? Marker { get; set; }
}
