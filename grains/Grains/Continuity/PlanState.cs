using ItsmOrleans.Contracts.Continuity;
using ItsmOrleans.Domain.Continuity;
using ItsmOrleans.Grains.Commands;
using ItsmOrleans.Grains.Idempotency;

namespace ItsmOrleans.Grains.Continuity;

/// <summary>The persisted state of one continuity plan, history included.</summary>
[GenerateSerializer, Alias("itsm.PlanState")]
public sealed class PlanState : IVersionedState
{
    [Id(0)] public bool Created { get; set; }
    [Id(1)] public string Number { get; set; } = "";
    [Id(2)] public PlanContent? Content { get; set; }
    [Id(3)] public PlanStatus Status { get; set; }
    [Id(4)] public int ApprovedRevision { get; set; }
    [Id(5)] public string? ApprovedBy { get; set; }
    [Id(6)] public DateTimeOffset? ApprovedAt { get; set; }
    [Id(7)] public DateTimeOffset CreatedAt { get; set; }
    [Id(8)] public DateTimeOffset UpdatedAt { get; set; }
    [Id(9)] public int Version { get; set; }
    [Id(10)] public int Revision { get; set; }
    [Id(11)] public List<PlanHistoryEntry> History { get; set; } = [];
    [Id(12)] public List<AppliedRequest> RecentRequests { get; set; } = [];
    [Id(13)] public AppliedRequest? CreateRequest { get; set; }

    /// <summary>Every invocation, oldest first; the last one is under way until it ends.</summary>
    [Id(14)] public List<PlanInvocation> Invocations { get; set; } = [];

    public PlanInvocation? ActiveInvocation => Invocations.Count > 0 && Invocations[^1].Active ? Invocations[^1] : null;

    /// <summary>The plan as GET /api/continuity/plans/{id} returns it.</summary>
    public ContinuityPlanView ToView(Guid id) => new(
        id, Number, Content!, Status, ApprovedRevision, ApprovedBy, ApprovedAt,
        Content!.Steps.Aggregate(TimeSpan.Zero, (total, step) => total + step.ExpectedDuration),
        CreatedAt, UpdatedAt, Version, Revision, PlanWorkflow.Table.AllowedFrom(Status), [.. Invocations]);
}
