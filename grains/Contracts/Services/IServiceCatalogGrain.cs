using ItsmOrleans.Contracts.Common;

namespace ItsmOrleans.Contracts.Services;

/// <summary>
/// The dependency graph of the portfolio. It refuses an edge that would close a cycle, and keeps each service grain's
/// edges in step. Always address it with key 0.
/// </summary>
public interface IServiceCatalogGrain : IGrainWithIntegerKey
{
    Task Register(string serviceId);

    Task<bool> Contains(string serviceId);

    /// <summary>Makes <paramref name="serviceId"/> depend on <paramref name="dependsOn"/>; refuses a cycle naming its path.</summary>
    Task AddDependency(CommandContext context, string serviceId, string dependsOn);

    Task RemoveDependency(CommandContext context, string serviceId, string dependsOn);

    Task<IReadOnlyList<string>> DependsOn(string serviceId);

    Task<IReadOnlyList<string>> Dependents(string serviceId);

    /// <summary>The transitive closure of the service's edges in both directions.</summary>
    Task<ServiceRelations> Related(string serviceId);
}
