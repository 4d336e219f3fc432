using ItsmOrleans.Contracts.Changes;

namespace ItsmOrleans.Grains.Changes;

[GenerateSerializer, Alias("itsm.ChangeCatalogState")]
public sealed class ChangeCatalogState
{
    [Id(0)] public int Version { get; set; }
    [Id(1)] public List<ChangeTemplate> Templates { get; set; } = [];
    [Id(2)] public List<FreezePeriod> Freezes { get; set; } = [];
}
