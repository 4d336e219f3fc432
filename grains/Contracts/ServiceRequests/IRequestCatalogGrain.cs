using ItsmOrleans.Contracts.Common;

namespace ItsmOrleans.Contracts.ServiceRequests;

/// <summary>The request catalogue, kept by admins. Always address it with key 0.</summary>
public interface IRequestCatalogGrain : IGrainWithIntegerKey
{
    Task<IReadOnlyList<CatalogItem>> List();

    Task<CatalogItem?> Find(string itemId);

    Task<CatalogItem> Define(CommandContext context, CatalogItem item);

    Task Remove(CommandContext context, string itemId);
}
