using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Domain.Slas;
using ItsmOrleans.Grains.Incidents;

namespace ItsmOrleans.Domain.Tests.Incidents;

public class IncidentRoutingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private static CreateIncident MailDown(string? group = null) =>
        new("Mail down", "", Impact.High, Urgency.Medium, "bob", "email", group);

    [Fact]
    public void An_incident_raised_on_a_service_without_a_group_goes_to_the_services_support_group()
    {
        Assert.Equal("messaging", IncidentRouting.Route(MailDown(), "messaging").AssignmentGroup);
    }

    [Fact]
    public void A_group_named_when_raising_wins_over_the_support_group()
    {
        Assert.Equal("network", IncidentRouting.Route(MailDown(group: "network"), "messaging").AssignmentGroup);
    }

    [Fact]
    public void A_service_without_a_support_group_leaves_the_incident_unrouted()
    {
        Assert.Null(IncidentRouting.Route(MailDown(group: " "), null).AssignmentGroup);
    }

    [Fact]
    public void An_incident_moved_to_another_service_while_in_no_group_goes_to_that_services_support_group()
    {
        var state = Raised(group: null);

        var change = IncidentCommands.UpdateDetails(state, new UpdateIncidentDetails(ServiceId: "chat"), _ => SlaOptions.Standard, "collaboration");

        Assert.Equal("collaboration", state.AssignmentGroup);
        Assert.Contains(change!.Changes, c => c is { Field: "assignmentGroup", Old: null, New: "collaboration" });
    }

    [Fact]
    public void An_incident_moved_to_another_service_keeps_the_group_it_has()
    {
        var state = Raised(group: "messaging");

        IncidentCommands.UpdateDetails(state, new UpdateIncidentDetails(ServiceId: "chat"), _ => SlaOptions.Standard, "collaboration");

        Assert.Equal("messaging", state.AssignmentGroup);
    }

    [Fact]
    public void Editing_an_incident_without_moving_it_routes_nothing()
    {
        var state = Raised(group: null);

        IncidentCommands.UpdateDetails(state, new UpdateIncidentDetails(Title: "Mail down on floor 3"), _ => SlaOptions.Standard, "collaboration");

        Assert.Null(state.AssignmentGroup);
    }

    private static IncidentState Raised(string? group)
    {
        var state = new IncidentState();
        IncidentCommands.Create(state, MailDown(group), SlaOptions.Standard, "INC0000007", Now, respondsNow: false);
        return state;
    }
}
