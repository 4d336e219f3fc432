using ItsmOrleans.Contracts.LiveFeeds;

namespace ItsmOrleans.Contracts.Continuity;

/// <summary>A continuity plan as GET /api/continuity/plans/{id} returns it and the continuity page follows it live.</summary>
/// <param name="ApprovedRevision">How many times the plan was approved: revision 3 is its third approved text.</param>
/// <param name="ExpectedRecovery">The steps' expected durations added up: how long recovery takes if all goes to plan.</param>
/// <param name="Revision">Grows with every saved change, an RTO level reached during an invocation too.</param>
/// <param name="Invocations">Every invocation, oldest first; the last is under way until it ends.</param>
[GenerateSerializer, Immutable, Alias("itsm.ContinuityPlanView")]
public sealed record ContinuityPlanView(
    Guid Id,
    string Number,
    PlanContent Content,
    PlanStatus Status,
    int ApprovedRevision,
    string? ApprovedBy,
    DateTimeOffset? ApprovedAt,
    TimeSpan ExpectedRecovery,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Version,
    int Revision,
    IReadOnlyList<PlanStatus> AllowedTransitions,
    IReadOnlyList<PlanInvocation> Invocations) : ILiveRecord
{
    string ILiveRecord.LiveKey => Id.ToString("N");

    long ILiveRecord.Revision => Revision;
}
