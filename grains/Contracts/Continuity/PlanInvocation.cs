using ItsmOrleans.Contracts.Slas;

namespace ItsmOrleans.Contracts.Continuity;

/// <summary>
/// One invocation of a plan: who invoked it when and why (from which major incident), the recovery time objective it
/// runs against (the tightest RTO of the plan's services when invoked, and whose it is), its steps as they are checked
/// off, the highest RTO level reached so far, and how it ended.
/// </summary>
/// <param name="Rto">Null when none of the plan's services has a recovery time objective: the recovery is then not timed.</param>
/// <param name="Reached">The highest level reached: warnings at 50, 75 and 90 % of the RTO, then the breach.</param>
/// <param name="RtoMet">Whether recovery took no longer than the RTO; null while under way, when stood down or when untimed.</param>
[GenerateSerializer, Immutable, Alias("itsm.PlanInvocation")]
public sealed record PlanInvocation(
    int Number,
    DateTimeOffset InvokedAt,
    string InvokedBy,
    string Reason,
    Guid? MajorIncidentId,
    TimeSpan? Rto,
    string? RtoOf,
    IReadOnlyList<StepProgress> Steps,
    SlaLevel? Reached = null,
    DateTimeOffset? EndedAt = null,
    string? EndedBy = null,
    InvocationOutcome? Outcome = null,
    bool? RtoMet = null)
{
    public bool Active => EndedAt is null;

    /// <summary>When the RTO runs out; null when the recovery is not timed.</summary>
    public DateTimeOffset? RtoDueAt => Rto is { } rto ? InvokedAt + rto : null;
}
