namespace ItsmOrleans.Contracts.Escalations;

/// <summary>An incident's escalation: its policy, where it stands, what it notified and who stopped it.</summary>
[GenerateSerializer, Immutable, Alias("itsm.EscalationView")]
public sealed record EscalationView(
    Guid IncidentId,
    string PolicyId,
    EscalationStatus Status,
    int Level,
    int Round,
    DateTimeOffset? NextAt,
    IReadOnlyList<EscalationStep> Steps,
    string? StoppedBy,
    DateTimeOffset? StoppedAt);
