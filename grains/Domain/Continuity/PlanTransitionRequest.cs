using ItsmOrleans.Contracts.Continuity;

namespace ItsmOrleans.Domain.Continuity;

/// <summary>A requested move of a plan, with what its guards look at.</summary>
public sealed record PlanTransitionRequest(MovePlan Command, PlanContent Content);
