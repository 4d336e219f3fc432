using ItsmOrleans.Contracts.Common;

namespace ItsmOrleans.Contracts.Escalations;

/// <summary>An escalation policy, keyed by its id; admins keep it. A stale version is a <see cref="VersionConflictException"/>.</summary>
public interface IEscalationPolicyGrain : IGrainWithStringKey
{
    Task<EscalationPolicyView> Define(CommandContext context, DefineEscalationPolicy definition);

    /// <returns>Null when the policy was never defined.</returns>
    Task<EscalationPolicyView?> Get();
}
