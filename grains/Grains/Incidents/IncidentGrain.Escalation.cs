using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Escalations;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Naming;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Domain.Incidents;

namespace ItsmOrleans.Grains.Incidents;

/// <summary>How an incident starts and stops the escalation of its service's policy.</summary>
public sealed partial class IncidentGrain
{
    /// <summary>A response (someone took it, or replied to the requester) or the end of the incident stops its escalation.</summary>
    private bool EscalationShouldStop() =>
        State.EscalationPolicyId is not null && !State.EscalationStopped
        && (State.RespondedAt is not null || State.Status is IncidentStatus.Resolved or IncidentStatus.Closed or IncidentStatus.Cancelled);

    /// <summary>
    /// Tells the escalation where the incident stands, one way (it calls back to add its notes). Starting is repeated
    /// after every change while nobody has responded, so an incident whose priority rises into the policy's range starts then.
    /// </summary>
    private async Task SteerEscalation(string actor)
    {
        if (State.EscalationPolicyId is not { } policy)
        {
            return;
        }

        var escalation = GrainFactory.GetGrain<IEscalationGrain>(Id);
        if (State.EscalationStopped)
        {
            var why = State.RespondedAt is not null || State.EscalationAcknowledgedBy is not null ? EscalationStatus.Acknowledged : EscalationStatus.Ended;
            await escalation.Stop(why == EscalationStatus.Acknowledged ? State.Assignee ?? State.EscalationAcknowledgedBy ?? actor : WireName.Of(State.Status), why);
        }
        else
        {
            await escalation.Start(new EscalationStart(policy, State.Number, State.Title, State.Priority));
        }
    }

    public Task<IncidentView> Acknowledge(CommandContext context)
    {
        if (!IncidentAccess.CanWork(context.Caller, State) && context.Caller.Is(Role.Noc))
        {
            return Mutate(context, ("acknowledge", context.Actor), IncidentAccess.EnsureCanSee,
                now => IncidentCommands.AcknowledgeEscalation(State, context.Actor));
        }

        IncidentAccess.EnsureCanWork(context.Caller, State, Id);
        return State.RespondedAt is not null ? Task.FromResult(View()) : Take(context);
    }
}
