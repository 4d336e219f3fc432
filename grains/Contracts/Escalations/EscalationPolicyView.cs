using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Contracts.Escalations;

[GenerateSerializer, Immutable, Alias("itsm.EscalationPolicyView")]
public sealed record EscalationPolicyView(string Id, string Name, IReadOnlyList<EscalationLevel> Levels, int Repeats, Priority MinimumPriority, int Version);
