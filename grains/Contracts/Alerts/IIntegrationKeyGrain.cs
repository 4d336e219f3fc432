using ItsmOrleans.Contracts.Common;

namespace ItsmOrleans.Contracts.Alerts;

/// <summary>An integration key, keyed by the routing key itself.</summary>
public interface IIntegrationKeyGrain : IGrainWithStringKey
{
    Task<IntegrationKeyView> Define(CommandContext context, string name, string serviceId);

    /// <summary>
    /// Replaces this key with a newly generated one for the same integration; this key keeps working for
    /// <paramref name="overlap"/> so the monitoring tools can be moved over. Asking again gives the same new key.
    /// </summary>
    Task<IntegrationKeyRotation> Rotate(CommandContext context, TimeSpan overlap);

    /// <summary>Takes over an integration from the key it replaces (called by that key's grain while rotating).</summary>
    Task<IntegrationKeyView> Continue(string integrationId, string name, string serviceId);

    /// <returns>Null when the key was never defined.</returns>
    Task<IntegrationKeyView?> Get();
}
