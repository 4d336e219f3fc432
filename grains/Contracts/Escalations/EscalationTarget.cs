namespace ItsmOrleans.Contracts.Escalations;

/// <summary>One target of an escalation level: a user name, a group name or an on-call schedule id.</summary>
[GenerateSerializer, Immutable, Alias("itsm.EscalationTarget")]
public sealed record EscalationTarget(EscalationTargetKind Kind, string Id);
