using ItsmOrleans.Contracts.Common;

namespace ItsmOrleans.Contracts.Alerts;

/// <summary>An integration key, keyed by the routing key itself.</summary>
public interface IIntegrationKeyGrain : IGrainWithStringKey
{
    Task<IntegrationKeyView> Define(CommandContext context, string name, string serviceId);

    /// <returns>Null when the key was never defined.</returns>
    Task<IntegrationKeyView?> Get();
}
