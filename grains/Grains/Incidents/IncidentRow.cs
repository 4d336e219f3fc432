using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Grains.Incidents;

/// <summary>An incident's list row: what the lists, the boards and its followers see of it.</summary>
public static class IncidentRow
{
    public static IncidentSummary Of(Guid id, IncidentState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var s = state;
        return new IncidentSummary(
            id, s.Number, s.Title, s.Priority, s.Status, s.ServiceId, s.AssignmentGroup, s.Assignee, s.Requester,
            s.CreatedAt, s.UpdatedAt, s.Version, s.Revision, s.ResponseClock!, s.ResolutionClock!, s.SlaPolicyId,
            Escalating: s.EscalationPolicyId is not null && !s.EscalationStopped);
    }
}
