using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Domain.Slas;

namespace ItsmOrleans.Web.Apis;

/// <summary>An SLA policy as the API shows it: targets per priority and the calendar whose hours count (null: 24×7).</summary>
public sealed record SlaPolicyView(string Id, string Name, string? Calendar, IReadOnlyDictionary<Priority, SlaTargets> Targets, bool IsDefault)
{
    public static SlaPolicyView Of(SlaPolicy policy, string defaultPolicyId) =>
        new(policy.Id, policy.Name, policy.Calendar?.Id, policy.Targets, string.Equals(policy.Id, defaultPolicyId, StringComparison.OrdinalIgnoreCase));
}
