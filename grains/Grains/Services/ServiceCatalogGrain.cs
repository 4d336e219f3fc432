using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.Services;
using ItsmOrleans.Domain.Services;

namespace ItsmOrleans.Grains.Services;

/// <summary>The portfolio's dependency graph in one place, so a cycle can be refused before any edge exists.</summary>
public sealed class ServiceCatalogGrain(
    [PersistentState("catalog", ItsmStorage.Name)] IPersistentState<ServiceCatalogState> store) : Grain, IServiceCatalogGrain
{
    private DependencyGraph Graph => new(store.State.DependsOn);

    public async Task Register(string serviceId)
    {
        if (store.State.Services.Add(serviceId))
        {
            await store.WriteStateAsync();
        }
    }

    public Task<bool> Contains(string serviceId) => Task.FromResult(store.State.Services.Contains(serviceId));

    public async Task AddDependency(CommandContext context, string serviceId, string dependsOn)
    {
        EnsureAdmin(context);
        EnsureKnown(serviceId, "service");
        EnsureKnown(dependsOn, "dependsOn");
        if (Graph.CycleIfAdded(serviceId, dependsOn) is { } cycle)
        {
            throw new DomainValidationException("dependsOn", $"That dependency would close a cycle: {string.Join(" → ", cycle)}.");
        }

        if (Graph.Add(serviceId, dependsOn))
        {
            await store.WriteStateAsync();
        }

        await SyncEdges(serviceId, dependsOn);
    }

    public async Task RemoveDependency(CommandContext context, string serviceId, string dependsOn)
    {
        EnsureAdmin(context);
        if (Graph.Remove(serviceId, dependsOn))
        {
            await store.WriteStateAsync();
        }

        await SyncEdges(serviceId, dependsOn);
    }

    public Task<IReadOnlyList<string>> DependsOn(string serviceId) =>
        Task.FromResult<IReadOnlyList<string>>([.. Graph.DependsOn(serviceId).Order(StringComparer.Ordinal)]);

    public Task<IReadOnlyList<string>> Dependents(string serviceId) => Task.FromResult(Graph.Dependents(serviceId));

    public Task<ServiceRelations> Related(string serviceId)
    {
        var graph = Graph;
        return Task.FromResult(new ServiceRelations(graph.Upstream(serviceId), graph.Downstream(serviceId)));
    }

    private async Task SyncEdges(params string[] services)
    {
        var graph = Graph;
        foreach (var service in services)
        {
            await GrainFactory.GetGrain<IServiceGrain>(service)
                .SetEdges([.. graph.DependsOn(service).Order(StringComparer.Ordinal)], graph.Dependents(service));
        }
    }

    private void EnsureKnown(string serviceId, string field)
    {
        if (!store.State.Services.Contains(serviceId))
        {
            throw new DomainValidationException(field, $"There is no service '{serviceId}'.");
        }
    }

    private static void EnsureAdmin(CommandContext context)
    {
        if (!context.Caller.Is(Role.Admin))
        {
            throw new ForbiddenException("Only admins change the service portfolio.");
        }
    }
}
