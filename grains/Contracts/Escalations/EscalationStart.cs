using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Contracts.Escalations;

/// <summary>What an escalation needs to know of the incident it starts for.</summary>
[GenerateSerializer, Immutable, Alias("itsm.EscalationStart")]
public sealed record EscalationStart(string PolicyId, string Number, string Title, Priority Priority);
