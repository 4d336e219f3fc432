namespace ItsmOrleans.Contracts.Problems;

/// <summary>New → Assess → Root cause analysis → Fix in progress → Resolved → Closed, or Cancelled.</summary>
public enum ProblemStatus
{
    New = 1,
    Assess = 2,
    RootCauseAnalysis = 3,
    FixInProgress = 4,
    Resolved = 5,
    Closed = 6,
    Cancelled = 7,
}
