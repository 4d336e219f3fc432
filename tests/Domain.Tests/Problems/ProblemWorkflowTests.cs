using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Problems;
using ItsmOrleans.Domain.Problems;
using static ItsmOrleans.Contracts.Problems.ProblemStatus;

namespace ItsmOrleans.Domain.Tests.Problems;

public class ProblemWorkflowTests
{
    private static readonly (ProblemStatus From, ProblemStatus To)[] Allowed =
    [
        (New, Assess), (New, Cancelled), (Assess, RootCauseAnalysis), (Assess, Cancelled), (RootCauseAnalysis, FixInProgress),
        (RootCauseAnalysis, Resolved), (RootCauseAnalysis, Cancelled), (FixInProgress, Resolved), (FixInProgress, RootCauseAnalysis),
        (Resolved, FixInProgress), (Resolved, Closed),
    ];

    public static TheoryData<ProblemStatus, ProblemStatus> EveryPair()
    {
        var data = new TheoryData<ProblemStatus, ProblemStatus>();
        foreach (var from in Enum.GetValues<ProblemStatus>())
        {
            foreach (var to in Enum.GetValues<ProblemStatus>())
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void The_lifecycle_allows_exactly_its_documented_moves(ProblemStatus from, ProblemStatus to)
    {
        var request = new ProblemTransitionRequest(new MoveProblem(to, ProblemResolution.RiskAccepted, "because"), "Leaking connection pool");
        if (Allowed.Contains((from, to)))
        {
            ProblemWorkflow.Table.EnsureAllowed(from, to, request);
        }
        else
        {
            Assert.Throws<InvalidTransitionException>(() => ProblemWorkflow.Table.EnsureAllowed(from, to, request));
        }
    }

    [Fact]
    public void A_fix_needs_a_root_cause_first()
    {
        var refused = Assert.Throws<DomainValidationException>(() =>
            ProblemWorkflow.Table.EnsureAllowed(RootCauseAnalysis, FixInProgress, new ProblemTransitionRequest(new MoveProblem(FixInProgress), null)));
        Assert.Contains("cause", refused.Errors.Keys);
    }

    [Fact]
    public void Resolving_says_whether_the_fix_was_applied_or_the_risk_accepted_and_why()
    {
        Assert.Contains("resolution", Assert.Throws<DomainValidationException>(() =>
            ProblemWorkflow.Table.EnsureAllowed(FixInProgress, Resolved, new ProblemTransitionRequest(new MoveProblem(Resolved, Notes: "done"), "cause"))).Errors.Keys);
        Assert.Contains("notes", Assert.Throws<DomainValidationException>(() =>
            ProblemWorkflow.Table.EnsureAllowed(FixInProgress, Resolved, new ProblemTransitionRequest(new MoveProblem(Resolved, ProblemResolution.FixApplied), "cause"))).Errors.Keys);
        ProblemWorkflow.Table.EnsureAllowed(FixInProgress, Resolved, new ProblemTransitionRequest(new MoveProblem(Resolved, ProblemResolution.FixApplied, "Patched"), "cause"));
    }

    [Fact]
    public void Without_a_fix_in_progress_only_accepting_the_risk_resolves_a_problem()
    {
        Assert.Contains("resolution", Assert.Throws<DomainValidationException>(() =>
            ProblemWorkflow.Table.EnsureAllowed(RootCauseAnalysis, Resolved, new ProblemTransitionRequest(new MoveProblem(Resolved, ProblemResolution.FixApplied, "x"), "cause"))).Errors.Keys);
        ProblemWorkflow.Table.EnsureAllowed(RootCauseAnalysis, Resolved,
            new ProblemTransitionRequest(new MoveProblem(Resolved, ProblemResolution.RiskAccepted, "Legacy system retires in March"), "cause"));
    }
}
