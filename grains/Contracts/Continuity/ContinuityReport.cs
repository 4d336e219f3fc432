namespace ItsmOrleans.Contracts.Continuity;

/// <summary>
/// Where continuity stands: the services no approved plan covers, the plans due for review or exercise, and how
/// recoveries went against their RTO.
/// </summary>
/// <param name="RtoMet">Recovered invocations that took no longer than their RTO.</param>
/// <param name="RtoMissed">Recovered invocations that took longer.</param>
public sealed record ContinuityReport(
    IReadOnlyList<UncoveredService> ServicesWithoutPlan,
    IReadOnlyList<PlanDue> PlansDue,
    IReadOnlyList<RecoveryResult> Recoveries,
    int RtoMet,
    int RtoMissed);

/// <summary>A service no approved plan covers; <paramref name="Drafts"/> names the plans still in draft that would.</summary>
public sealed record UncoveredService(string ServiceId, string Name, IReadOnlyList<string> Drafts);

/// <summary>A plan past its review date, or whose exercise is overdue (never exercised counts).</summary>
public sealed record PlanDue(Guid PlanId, string Number, string Title, DateOnly? ReviewBy, bool ReviewOverdue, bool ExerciseOverdue);

/// <summary>An ended invocation: how long recovery took against the RTO, or that it was stood down.</summary>
public sealed record RecoveryResult(Guid PlanId, string Number, string Title, int Invocation, DateTimeOffset InvokedAt, TimeSpan Took, TimeSpan? Rto, InvocationOutcome Outcome, bool? RtoMet);
