using ItsmOrleans.Contracts.Naming;
using ItsmOrleans.Contracts.Problems;
using ItsmOrleans.Domain.Workflows;
using static ItsmOrleans.Contracts.Problems.ProblemStatus;

namespace ItsmOrleans.Domain.Problems;

/// <summary>
/// New → Assess → Root cause analysis → Fix in progress → Resolved (fix applied or risk accepted) → Closed. A fix that
/// did not hold sends the problem back to analysis; a resolved problem can reopen into a new fix; the risk of an analysed
/// problem can be accepted without a fix; anything not yet fixed can be cancelled.
/// </summary>
public static class ProblemWorkflow
{
    public static Workflow<ProblemStatus, ProblemTransitionRequest> Table { get; } = new(
    [
        new(New, Assess),
        new(New, Cancelled, NeedsNotes),
        new(Assess, RootCauseAnalysis),
        new(Assess, Cancelled, NeedsNotes),
        new(RootCauseAnalysis, FixInProgress, NeedsCause),
        new(RootCauseAnalysis, Resolved, NeedsRiskAccepted),
        new(RootCauseAnalysis, Cancelled, NeedsNotes),
        new(FixInProgress, Resolved, NeedsResolution),
        new(FixInProgress, RootCauseAnalysis, NeedsNotes),
        new(Resolved, FixInProgress, NeedsNotes),
        new(Resolved, Closed),
    ],
    Name);

    public static string Name(ProblemStatus status) => WireName.Of(status);

    public static bool IsFinal(ProblemStatus status) => status is Closed or Cancelled;

    private static GuardFailure? NeedsNotes(ProblemTransitionRequest r) =>
        string.IsNullOrWhiteSpace(r.Command.Notes) ? new GuardFailure("notes", "Say why.") : null;

    private static GuardFailure? NeedsCause(ProblemTransitionRequest r) =>
        string.IsNullOrWhiteSpace(r.Cause) ? new GuardFailure("cause", "Record the root cause before fixing it.") : null;

    private static GuardFailure? NeedsResolution(ProblemTransitionRequest r) =>
        r.Command.Resolution is null ? new GuardFailure("resolution", "Say whether the fix was applied or the risk accepted.")
        : string.IsNullOrWhiteSpace(r.Command.Notes) ? new GuardFailure("notes", "Describe the fix, or why the risk is accepted.")
        : null;

    private static GuardFailure? NeedsRiskAccepted(ProblemTransitionRequest r) =>
        r.Command.Resolution != ProblemResolution.RiskAccepted
            ? new GuardFailure("resolution", "Without a fix in progress, a problem is resolved only by accepting the risk.")
            : NeedsResolution(r);
}
