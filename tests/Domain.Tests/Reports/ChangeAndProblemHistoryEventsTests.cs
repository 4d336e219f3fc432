using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Problems;
using ItsmOrleans.Domain.Reports;

namespace ItsmOrleans.Domain.Tests.Reports;

public class ChangeAndProblemHistoryEventsTests
{
    private static readonly DateTimeOffset Raised = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_change_yields_its_outcome_at_review_with_the_service_it_had_then()
    {
        ChangeHistoryEntry[] history =
        [
            new(1, 1, Raised, "cm", ChangeHistoryKind.Created, [new FieldChange("serviceId", null, "erp")]),
            new(2, 2, Raised.AddDays(1), "cm", ChangeHistoryKind.DetailsUpdated, [new FieldChange("serviceId", "erp", "crm")]),
            new(3, 3, Raised.AddDays(3), "cm", ChangeHistoryKind.StatusChanged, [new FieldChange("status", "implement", "review"), new FieldChange("outcome", null, "backedOut")]),
        ];

        var outcome = Assert.Single(ChangeHistoryEvents.From(Guid.NewGuid(), "CHG0000001", history), e => e.Event == TicketHistoryEvents.ChangeOutcome);
        Assert.Equal(("backedOut", "crm", TimeSpan.FromDays(3)), (outcome.Outcome, outcome.ServiceId, outcome.Duration));
        Assert.Equal(TicketKinds.Change, outcome.Kind);
    }

    [Fact]
    public void A_problem_yields_its_opening_and_each_linked_incident_with_the_group_it_was_opened_with()
    {
        ProblemHistoryEntry[] history =
        [
            new(1, 1, Raised, "ann", "created", [new FieldChange("title", null, "Flaky firmware"), new FieldChange("serviceId", null, "vpn")]),
            new(2, 1, Raised, "ann", "incidentLinked", [new FieldChange("incident", null, "INC0000004")]),
            new(3, 2, Raised.AddHours(2), "ann", "updated", [new FieldChange("assignmentGroup", "network", "security")]),
            new(4, 3, Raised.AddHours(3), "ann", "incidentLinked", [new FieldChange("incident", null, "INC0000009")]),
        ];

        var events = ProblemHistoryEvents.From(Guid.NewGuid(), "PRB0000001", "security", history);
        Assert.Equal(
            [(TicketHistoryEvents.Opened, (string?)null, "network"), (TicketHistoryEvents.ProblemLinked, "INC0000004", "network"), (TicketHistoryEvents.ProblemLinked, "INC0000009", "security")],
            events.Select(e => (e.Event, e.Outcome, e.AssignmentGroup!)));
        Assert.All(events, e => Assert.Equal("vpn", e.ServiceId));
        Assert.Equal([1, 1, 2], events.Select(e => e.Ordinal));
    }
}
