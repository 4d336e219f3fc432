using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Security;

namespace ItsmOrleans.Contracts.Continuity;

/// <summary>One continuity plan. Commands are versioned (a stale version is a conflict) and idempotent, and go into its history.</summary>
public interface IContinuityPlanGrain : IGrainWithGuidKey
{
    Task<ContinuityPlanView> Record(CommandContext context, PlanContent content);

    Task<ContinuityPlanView> Get(Caller caller);

    /// <summary>Replaces what the plan says; an approved plan becomes a draft that needs approving again.</summary>
    Task<ContinuityPlanView> Revise(CommandContext context, PlanContent content);

    Task<ContinuityPlanView> Move(CommandContext context, MovePlan command);

    Task<IReadOnlyList<PlanHistoryEntry>> GetHistory(Caller caller);

    /// <summary>Invokes the approved plan (agents, the NOC and keepers): its recovery starts against the tightest RTO of its services.</summary>
    Task<ContinuityPlanView> Invoke(CommandContext context, InvokePlan command);

    Task<ContinuityPlanView> CompleteStep(CommandContext context, CompleteStep command);

    Task<ContinuityPlanView> EndInvocation(CommandContext context, EndInvocation command);
}
