namespace ItsmOrleans.Contracts.Slas;

/// <summary>An SLA clock crossed a threshold.</summary>
/// <param name="Sequence">Per clock, starting at 1; lets the incident record each event exactly once.</param>
/// <param name="DueAt">When the threshold was due.</param>
/// <param name="ReachedAt">When the clock noticed it.</param>
[GenerateSerializer, Immutable, Alias("itsm.SlaEvent")]
public sealed record SlaEvent(int Sequence, SlaClockKind Clock, SlaLevel Level, DateTimeOffset DueAt, DateTimeOffset ReachedAt);
