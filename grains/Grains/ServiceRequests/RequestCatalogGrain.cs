using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.ServiceRequests;
using ItsmOrleans.Domain.ServiceRequests;

namespace ItsmOrleans.Grains.ServiceRequests;

/// <summary>The request catalogue in one small grain; requests copy the item they were raised from.</summary>
public sealed class RequestCatalogGrain(
    [PersistentState("request-catalog", ItsmStorage.Name)] IPersistentState<RequestCatalogState> store) : Grain, IRequestCatalogGrain
{
    public const int MaxItems = 500;

    public Task<IReadOnlyList<CatalogItem>> List() =>
        Task.FromResult<IReadOnlyList<CatalogItem>>([.. store.State.Items.Values.OrderBy(i => i.Category, StringComparer.Ordinal).ThenBy(i => i.Name, StringComparer.Ordinal)]);

    public Task<CatalogItem?> Find(string itemId) => Task.FromResult(store.State.Items.GetValueOrDefault(itemId));

    public async Task<CatalogItem> Define(CommandContext context, CatalogItem item)
    {
        EnsureAdmin(context);
        ServiceRequestRules.Validate(item);
        if (!store.State.Items.ContainsKey(item.Id) && store.State.Items.Count >= MaxItems)
        {
            throw new DomainValidationException("id", $"At most {MaxItems} catalogue items.");
        }

        var current = store.State.Items.GetValueOrDefault(item.Id)?.Version ?? 0;
        EnsureVersion(context, current);
        var stored = item with { Version = current + 1 };
        store.State.Items[item.Id] = stored;
        await store.WriteStateAsync();
        return stored;
    }

    public async Task Remove(CommandContext context, string itemId)
    {
        EnsureAdmin(context);
        if (store.State.Items.GetValueOrDefault(itemId) is not { } item)
        {
            throw new NotFoundException($"There is no catalogue item '{itemId}'.");
        }

        EnsureVersion(context, item.Version);
        store.State.Items.Remove(itemId);
        await store.WriteStateAsync();
    }

    /// <summary>A caller who names the version it read (0: the item must not exist yet) is refused once the item moved on.</summary>
    private static void EnsureVersion(CommandContext context, int current)
    {
        if (context.ExpectedVersion is { } expected && expected != current)
        {
            throw new VersionConflictException(expected, current);
        }
    }

    private static void EnsureAdmin(CommandContext context)
    {
        if (!context.Caller.Is(Role.Admin))
        {
            throw new ForbiddenException("Only admins keep the request catalogue.");
        }
    }
}
