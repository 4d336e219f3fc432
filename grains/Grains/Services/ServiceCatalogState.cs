namespace ItsmOrleans.Grains.Services;

[GenerateSerializer, Alias("itsm.ServiceCatalogState")]
public sealed class ServiceCatalogState
{
    [Id(0)] public SortedSet<string> Services { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Service id → the ids it depends on.</summary>
    [Id(1)] public Dictionary<string, HashSet<string>> DependsOn { get; set; } = [];
}
