using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Domain.Changes;
using ItsmOrleans.Grains.Commands;
using ItsmOrleans.Grains.Idempotency;

namespace ItsmOrleans.Grains.Changes;

/// <summary>The persisted state of one change request, history included.</summary>
[GenerateSerializer, Alias("itsm.ChangeState")]
public sealed class ChangeState : IVersionedState
{
    [Id(0)] public bool Created { get; set; }
    [Id(1)] public string Number { get; set; } = "";
    [Id(2)] public ChangeType Type { get; set; }
    [Id(3)] public ChangeStatus Status { get; set; }
    [Id(4)] public string Title { get; set; } = "";
    [Id(5)] public string Description { get; set; } = "";
    [Id(6)] public string? ServiceId { get; set; }
    [Id(7)] public string? TemplateId { get; set; }
    [Id(8)] public string? Impact { get; set; }
    [Id(9)] public string? ImplementationPlan { get; set; }
    [Id(10)] public string? BackoutPlan { get; set; }
    [Id(11)] public string? TestPlan { get; set; }
    [Id(12)] public List<Alternative> Alternatives { get; set; } = [];
    [Id(13)] public string? Implementer { get; set; }
    [Id(14)] public string RequestedBy { get; set; } = "";
    [Id(15)] public ChangeWindow? Window { get; set; }
    [Id(16)] public RiskAnswers? RiskAnswers { get; set; }
    [Id(17)] public RiskAssessment? Risk { get; set; }
    [Id(18)] public List<Approval> Approvals { get; set; } = [];
    [Id(19)] public List<ChangeConflict> Conflicts { get; set; } = [];
    [Id(20)] public ConflictOverride? Override { get; set; }
    [Id(21)] public ChangeOutcome? Outcome { get; set; }
    [Id(22)] public string? ClosureNotes { get; set; }
    [Id(23)] public List<LinkedIncident> CausedIncidents { get; set; } = [];
    [Id(24)] public DateTimeOffset CreatedAt { get; set; }
    [Id(25)] public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Bumped by every command; what clients send back to detect a stale view.</summary>
    [Id(26)] public int Version { get; set; }

    /// <summary>Bumped by every change, conflict recomputations included; orders read-model rows.</summary>
    [Id(27)] public int Revision { get; set; }

    [Id(28)] public List<ChangeHistoryEntry> History { get; set; } = [];
    [Id(29)] public List<AppliedRequest> RecentRequests { get; set; } = [];
    [Id(30)] public AppliedRequest? CreateRequest { get; set; }

    /// <summary>The service criticality tier as of the latest assessment (1 most critical); null without a service.</summary>
    [Id(31)] public int? ServiceCriticality { get; set; }

    public IReadOnlyList<ChangeConflict> UnresolvedConflicts =>
        ChangeCommands.Unresolved(Conflicts, Override);

    /// <summary>The change as GET /api/changes/{id} returns it; the approvals it needs follow from its risk and the options.</summary>
    public ChangeView ToView(Guid id, ChangeOptions options) => new(
        id, Number, Type, Status, Title, Description, ServiceId, TemplateId, Impact, ImplementationPlan,
        BackoutPlan, TestPlan, [.. Alternatives], Implementer, RequestedBy, Window, RiskAnswers, Risk,
        ChangeAuthorisation.RequiredApprovals(Type, Risk?.Level, options), [.. Approvals], [.. Conflicts], Override, UnresolvedConflicts,
        Outcome, ClosureNotes, [.. CausedIncidents], CreatedAt, UpdatedAt, Version, ChangeWorkflow.For(Type).AllowedFrom(Status));
}
