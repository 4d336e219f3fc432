namespace ItsmOrleans.Contracts.Changes;

/// <summary>A change request as its readers see it.</summary>
/// <param name="RequiredApprovals">CAB approvals the change needs in the current round (0 for standard changes).</param>
/// <param name="Approvals">Votes of the current authorisation round.</param>
/// <param name="Conflicts">Schedule conflicts as of the latest change to it or to a change it clashes with.</param>
/// <param name="Override">The latest accepted set of conflicts, if any.</param>
/// <param name="UnresolvedConflicts">Conflicts not covered by <paramref name="Override"/>; they stop the change moving on.</param>
[GenerateSerializer, Immutable, Alias("itsm.ChangeView")]
public sealed record ChangeView(
    Guid Id,
    string Number,
    ChangeType Type,
    ChangeStatus Status,
    string Title,
    string Description,
    string? ServiceId,
    string? TemplateId,
    string? Impact,
    string? ImplementationPlan,
    string? BackoutPlan,
    string? TestPlan,
    IReadOnlyList<Alternative> Alternatives,
    string? Implementer,
    string RequestedBy,
    ChangeWindow? Window,
    RiskAnswers? RiskAnswers,
    RiskAssessment? Risk,
    int RequiredApprovals,
    IReadOnlyList<Approval> Approvals,
    IReadOnlyList<ChangeConflict> Conflicts,
    ConflictOverride? Override,
    IReadOnlyList<ChangeConflict> UnresolvedConflicts,
    ChangeOutcome? Outcome,
    string? ClosureNotes,
    IReadOnlyList<LinkedIncident> CausedIncidents,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Version,
    IReadOnlyList<ChangeStatus> AllowedTransitions);
