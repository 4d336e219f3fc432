using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Contracts.Escalations;

/// <summary>Creates or replaces an escalation policy.</summary>
/// <param name="Repeats">How many more times the levels run from the top once the last level went unacknowledged.</param>
/// <param name="MinimumPriority">Incidents below this priority (P3 when it is P2) are not escalated.</param>
[GenerateSerializer, Immutable, Alias("itsm.DefineEscalationPolicy")]
public sealed record DefineEscalationPolicy(string Name, IReadOnlyList<EscalationLevel> Levels, int Repeats, Priority MinimumPriority);
