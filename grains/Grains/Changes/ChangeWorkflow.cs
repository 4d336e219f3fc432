using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Contracts.Naming;
using ItsmOrleans.Domain.Changes;
using ItsmOrleans.Domain.Workflows;
using static ItsmOrleans.Contracts.Changes.ChangeStatus;

namespace ItsmOrleans.Grains.Changes;

/// <summary>
/// The lifecycle of each change type. Normal: New → Assess → Authorize → Scheduled → Implement → Review → Closed.
/// Emergency skips assessment (expedited authorisation by one approver) and must close with a retrospective review.
/// Standard follows a pre-approved template: New → Scheduled, no assessment, no authorisation. Any change can be
/// cancelled until it is being implemented.
/// </summary>
public static class ChangeWorkflow
{
    public static Workflow<ChangeStatus, ChangeTransitionRequest> Normal { get; } = new(
    [
        new(New, Assess, NeedsService),
        new(New, Cancelled, NeedsNotes),
        new(Assess, Authorize, All(NeedsPlans, NeedsSchedule, NeedsRiskAnswers, NeedsConflictsSettled)),
        new(Assess, Cancelled, NeedsNotes),
        new(Authorize, Scheduled, NeedsAuthorisation),
        new(Authorize, Assess),
        new(Authorize, Cancelled, NeedsNotes),
        new(Scheduled, Implement, NeedsConflictsSettled),
        new(Scheduled, Assess),
        new(Scheduled, Cancelled, NeedsNotes),
        new(Implement, Review, NeedsOutcome),
        new(Review, Closed),
    ],
    Name);

    public static Workflow<ChangeStatus, ChangeTransitionRequest> Emergency { get; } = new(
    [
        new(New, Authorize, All(NeedsService, NeedsPlans, NeedsSchedule, NeedsConflictsSettled)),
        new(New, Cancelled, NeedsNotes),
        new(Authorize, Scheduled, NeedsAuthorisation),
        new(Authorize, New),
        new(Authorize, Cancelled, NeedsNotes),
        new(Scheduled, Implement, NeedsConflictsSettled),
        new(Scheduled, Cancelled, NeedsNotes),
        new(Implement, Review, NeedsOutcome),
        new(Review, Closed, NeedsRetrospective),
    ],
    Name);

    public static Workflow<ChangeStatus, ChangeTransitionRequest> Standard { get; } = new(
    [
        new(New, Scheduled, All(NeedsService, NeedsSchedule, NeedsConflictsSettled)),
        new(New, Cancelled, NeedsNotes),
        new(Scheduled, Implement, NeedsConflictsSettled),
        new(Scheduled, New),
        new(Scheduled, Cancelled, NeedsNotes),
        new(Implement, Review, NeedsOutcome),
        new(Review, Closed),
    ],
    Name);

    public static Workflow<ChangeStatus, ChangeTransitionRequest> For(ChangeType type) => type switch
    {
        ChangeType.Standard => Standard,
        ChangeType.Normal => Normal,
        ChangeType.Emergency => Emergency,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown change type."),
    };

    public static string Name(ChangeStatus status) => WireName.Of(status);

    public static bool IsFinal(ChangeStatus status) => status is Closed or Cancelled;

    /// <summary>Plans, service and window may change only before the change is submitted for authorisation (or scheduled, for standard changes).</summary>
    public static bool IsPlanning(ChangeStatus status) => status is New or Assess;

    private static GuardFailure? NeedsService(ChangeTransitionRequest r) =>
        r.Change.ServiceId is null ? new GuardFailure("serviceId", "Name the service the change touches.") : null;

    private static GuardFailure? NeedsPlans(ChangeTransitionRequest r) =>
        string.IsNullOrWhiteSpace(r.Change.ImplementationPlan) ? new GuardFailure("implementationPlan", "Describe how the change is carried out.")
        : string.IsNullOrWhiteSpace(r.Change.BackoutPlan) ? new GuardFailure("backoutPlan", "Describe how the change is undone if it goes wrong.")
        : null;

    private static GuardFailure? NeedsSchedule(ChangeTransitionRequest r) =>
        r.Change.Window is null ? new GuardFailure("window", "Plan the window in which the change is carried out.")
        : string.IsNullOrWhiteSpace(r.Change.Implementer) ? new GuardFailure("implementer", "Name who carries out the change.")
        : null;

    private static GuardFailure? NeedsRiskAnswers(ChangeTransitionRequest r) =>
        r.Change.RiskAnswers is null ? new GuardFailure("riskAnswers", "Answer the risk questionnaire.") : null;

    private static GuardFailure? NeedsConflictsSettled(ChangeTransitionRequest r)
    {
        var unresolved = r.Unresolved;
        return unresolved.Count == 0 || !string.IsNullOrWhiteSpace(r.Command.OverrideReason) ? null
            : new GuardFailure(
                "overrideReason",
                $"The schedule has {unresolved.Count} unresolved conflict(s): {string.Join("; ", unresolved.Select(c => c.Message))}. Move the window or give a reason to override.");
    }

    private static GuardFailure? NeedsAuthorisation(ChangeTransitionRequest r) =>
        ChangeAuthorisation.Decide(r.Change.Approvals, r.RequiredApprovals) == AuthorisationDecision.Authorised ? null
            : new GuardFailure("approvals", $"The change needs {r.RequiredApprovals} approval(s) from change managers first.");

    private static GuardFailure? NeedsOutcome(ChangeTransitionRequest r) =>
        r.Command.Outcome is null ? new GuardFailure("outcome", "Say how the implementation went.") : null;

    private static GuardFailure? NeedsNotes(ChangeTransitionRequest r) =>
        string.IsNullOrWhiteSpace(r.Command.Notes) ? new GuardFailure("notes", "Say why.") : null;

    private static GuardFailure? NeedsRetrospective(ChangeTransitionRequest r) =>
        string.IsNullOrWhiteSpace(r.Command.Notes)
            ? new GuardFailure("notes", "An emergency change closes with a retrospective review: why it could not wait and what was learned.")
            : null;

    private static Func<ChangeTransitionRequest, GuardFailure?> All(params Func<ChangeTransitionRequest, GuardFailure?>[] guards) =>
        r => guards.Select(g => g(r)).FirstOrDefault(f => f is not null);
}
