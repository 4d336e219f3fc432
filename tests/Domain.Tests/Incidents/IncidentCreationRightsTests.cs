using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Domain.Incidents;
using ItsmOrleans.Domain.Slas;
using ItsmOrleans.Grains.Incidents;

namespace ItsmOrleans.Domain.Tests.Incidents;

/// <summary>Which fields of a new incident each caller may set, and when raising it assigned is its first response.</summary>
public class IncidentCreationRightsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
    private static readonly Caller Rita = new("rita", [Role.Requester], []);
    private static readonly Caller Ann = new("ann", [Role.Agent], ["network"]);
    private static readonly Caller Monitor = new("key:monitor", [Role.Agent], ["network"]);

    private static CreateIncident Raise(string requester = "rita", string? group = null, string? assignee = null, string? policy = null) =>
        new("Printer jammed", "", Impact.Low, Urgency.Low, requester, null, group, assignee, policy);

    [Fact]
    public void A_requester_is_refused_every_desk_field_they_name_at_once_and_may_name_themselves()
    {
        var refused = Assert.Throws<ForbiddenException>(() => IncidentAccess.EnsureMaySet(Rita, Raise("bob", "network", "ann", "gold")));
        Assert.Equal(["assignee", "assignmentGroup", "slaPolicy", "requester"], refused.Fields.Keys);
        IncidentAccess.EnsureMaySet(Rita, Raise("RITA"));
        IncidentAccess.EnsureMaySet(Ann, Raise("bob", "network", "ann", "gold"));
    }

    [Fact]
    public void A_person_assigning_at_creation_responds_and_automation_does_only_when_the_policy_says_so()
    {
        Assert.True(IncidentAccess.RespondsAtCreation(Ann, Raise(assignee: "ann"), integrationAssignmentResponds: false));
        Assert.False(IncidentAccess.RespondsAtCreation(Ann, Raise(), integrationAssignmentResponds: true));
        Assert.False(IncidentAccess.RespondsAtCreation(Monitor, Raise(assignee: "ann"), integrationAssignmentResponds: false));
        Assert.True(IncidentAccess.RespondsAtCreation(Monitor, Raise(assignee: "ann"), integrationAssignmentResponds: true));
    }

    [Fact]
    public void Raised_assigned_without_a_response_the_first_move_to_in_progress_is_the_response()
    {
        var state = new IncidentState();
        IncidentCommands.Create(state, Raise(group: "network", assignee: "ann"), SlaOptions.Standard, "INC0000009", Now, respondsNow: false);
        Assert.Equal((IncidentStatus.Assigned, (DateTimeOffset?)null), (state.Status, state.RespondedAt));

        var change = IncidentCommands.ChangeStatus(state, new ChangeIncidentStatus(IncidentStatus.InProgress), Now.AddMinutes(7));
        Assert.Equal(Now.AddMinutes(7), state.RespondedAt);
        Assert.Contains(change.Changes, c => c.Field == "respondedAt");
    }

    [Fact]
    public void Raised_assigned_without_a_response_the_assignee_taking_it_is_the_response_and_taking_again_changes_nothing()
    {
        var state = new IncidentState();
        IncidentCommands.Create(state, Raise(group: "network", assignee: "ann"), SlaOptions.Standard, "INC0000009", Now, respondsNow: false);

        Assert.NotNull(IncidentCommands.Assign(state, new AssignIncident(null, "ann"), Now.AddMinutes(3)));
        Assert.Equal(Now.AddMinutes(3), state.RespondedAt);
        Assert.Null(IncidentCommands.Assign(state, new AssignIncident(null, "ann"), Now.AddMinutes(5)));
    }
}
