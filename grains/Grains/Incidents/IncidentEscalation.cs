using ItsmOrleans.Contracts.Escalations;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Naming;

namespace ItsmOrleans.Grains.Incidents;

/// <summary>How an incident starts and stops the escalation of its service's policy.</summary>
public static class IncidentEscalation
{
    /// <summary>A response (someone took it, or replied to the requester) or the end of the incident stops its escalation.</summary>
    public static bool ShouldStop(IncidentState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.EscalationPolicyId is not null && !state.EscalationStopped
            && (state.RespondedAt is not null || state.Status is IncidentStatus.Resolved or IncidentStatus.Closed or IncidentStatus.Cancelled);
    }

    /// <summary>
    /// Tells the escalation where the incident stands, one way (it calls back to add its notes). Starting is repeated
    /// after every change while nobody has responded, so an incident whose priority rises into the policy's range starts then.
    /// </summary>
    public static async Task Steer(IGrainFactory grains, Guid id, IncidentState state, string actor)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(state);
        if (state.EscalationPolicyId is not { } policy)
        {
            return;
        }

        var escalation = grains.GetGrain<IEscalationGrain>(id);
        if (state.EscalationStopped)
        {
            var why = state.RespondedAt is not null || state.EscalationAcknowledgedBy is not null ? EscalationStatus.Acknowledged : EscalationStatus.Ended;
            await escalation.Stop(why == EscalationStatus.Acknowledged ? state.Assignee ?? state.EscalationAcknowledgedBy ?? actor : WireName.Of(state.Status), why);
        }
        else
        {
            await escalation.Start(new EscalationStart(policy, state.Number, state.Title, state.Priority));
        }
    }
}
