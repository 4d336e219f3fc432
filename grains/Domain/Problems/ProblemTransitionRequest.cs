using ItsmOrleans.Contracts.Problems;

namespace ItsmOrleans.Domain.Problems;

/// <summary>What a problem workflow guard looks at: the move asked for and the root cause found so far.</summary>
public sealed record ProblemTransitionRequest(MoveProblem Command, string? Cause);
