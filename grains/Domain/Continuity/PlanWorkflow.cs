using ItsmOrleans.Contracts.Continuity;
using ItsmOrleans.Contracts.Naming;
using ItsmOrleans.Domain.Workflows;
using static ItsmOrleans.Contracts.Continuity.PlanStatus;

namespace ItsmOrleans.Domain.Continuity;

/// <summary>
/// Draft → Approved once the plan can be followed: services, criteria, people to decide, recovery steps and a review
/// date. Revising an approved plan makes it a draft again (not a move of its own). Drafts and approved plans can be
/// retired, saying why; a retired plan comes back as a draft.
/// </summary>
public static class PlanWorkflow
{
    public static Workflow<PlanStatus, PlanTransitionRequest> Table { get; } = new(
    [
        new(Draft, Approved, NeedsWholePlan),
        new(Draft, Retired, NeedsNotes),
        new(Approved, Retired, NeedsNotes),
        new(Retired, Draft, NeedsNotes),
    ],
    Name);

    public static string Name(PlanStatus status) => WireName.Of(status);

    private static GuardFailure? NeedsNotes(PlanTransitionRequest r) =>
        string.IsNullOrWhiteSpace(r.Command.Notes) ? new GuardFailure("notes", "Say why.") : null;

    private static GuardFailure? NeedsWholePlan(PlanTransitionRequest r) =>
        r.Content.Steps.Count == 0 ? new GuardFailure("steps", "A plan is approved with its recovery steps.")
        : r.Content.DecisionMakers.Count == 0 ? new GuardFailure("decisionMakers", "Name who decides to invoke the plan.")
        : string.IsNullOrWhiteSpace(r.Content.InvocationCriteria) ? new GuardFailure("invocationCriteria", "Say when the plan is invoked.")
        : r.Content.ReviewBy is null ? new GuardFailure("reviewBy", "Set when the plan is next reviewed.")
        : null;
}
