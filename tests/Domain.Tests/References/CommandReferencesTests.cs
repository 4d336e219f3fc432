using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.MajorIncidents;
using ItsmOrleans.Contracts.Problems;
using ItsmOrleans.Contracts.References;
using ItsmOrleans.Contracts.ServiceRequests;
using ItsmOrleans.Domain.Changes;
using ItsmOrleans.Domain.Incidents;
using ItsmOrleans.Domain.MajorIncidents;
using ItsmOrleans.Domain.Problems;
using ItsmOrleans.Domain.ServiceRequests;

namespace ItsmOrleans.Domain.Tests.References;

/// <summary>Which fields of each record kind name a service, a group or a person, which must exist.</summary>
public class CommandReferencesTests
{
    [Fact]
    public void An_incident_names_its_requester_service_group_and_assignee()
    {
        var command = new CreateIncident("Mail down", "", Impact.High, Urgency.High, "bob", "email", "messaging", "alice");
        Assert.Equal(
            [Reference.Person("requester", "bob"), Reference.Service("serviceId", "email"), Reference.Group("assignmentGroup", "messaging"), Reference.Person("assignee", "alice")],
            IncidentRules.References(command));
        Assert.Equal(
            [Reference.Group("assignmentGroup", "network"), Reference.Person("assignee", null)],
            IncidentRules.References(new AssignIncident("network", null)));
        Assert.Equal([Reference.Service("serviceId", "chat")], IncidentRules.References(new UpdateIncidentDetails(ServiceId: "chat")));
    }

    [Fact]
    public void A_problem_names_its_service_group_and_assignee()
    {
        var command = new UpdateProblem(ServiceId: "crm", AssignmentGroup: "apps", Assignee: "dana");
        Assert.Equal(
            [Reference.Service("serviceId", "crm"), Reference.Group("assignmentGroup", "apps"), Reference.Person("assignee", "dana")],
            ProblemRules.References(command));
    }

    [Fact]
    public void A_change_names_its_service_and_implementer()
    {
        var command = new CreateChange(ChangeType.Normal, "Patch", "", "mail", Implementer: "erin");
        Assert.Equal([Reference.Service("serviceId", "mail"), Reference.Person("implementer", "erin")], ChangeRules.References(command));
    }

    [Fact]
    public void A_major_incident_names_its_commander_and_a_service_request_whom_it_is_for()
    {
        Assert.Equal([Reference.Person("commander", "carla")], MajorIncidentRules.References(new PromoteIncidents("Outage", Guid.NewGuid(), [], "carla")));
        Assert.Equal(
            [Reference.Person("requestedFor", "rita")],
            ServiceRequestRules.References(new SubmitRequest("laptop", new Dictionary<string, string>(), "rita")));
    }
}
