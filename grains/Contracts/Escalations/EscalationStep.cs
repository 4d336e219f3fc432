namespace ItsmOrleans.Contracts.Escalations;

/// <summary>One level notified: when, which level (0-based) in which round, and who.</summary>
/// <param name="Unreachable">Targets that named nobody (a schedule with nobody on call).</param>
[GenerateSerializer, Immutable, Alias("itsm.EscalationStep")]
public sealed record EscalationStep(DateTimeOffset At, int Level, int Round, IReadOnlyList<string> Users, IReadOnlyList<string> Groups, IReadOnlyList<string> Unreachable);
