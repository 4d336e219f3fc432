using ItsmOrleans.Contracts.ServiceRequests;

namespace ItsmOrleans.Grains.ServiceRequests;

[GenerateSerializer, Alias("itsm.RequestCatalogState")]
public sealed class RequestCatalogState
{
    [Id(0)] public Dictionary<string, CatalogItem> Items { get; set; } = [];
}
