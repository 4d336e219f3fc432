using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Contracts.Validation;
using ItsmOrleans.Domain.Slas;
using ItsmOrleans.Grains.Incidents;

namespace ItsmOrleans.Domain.Tests.Incidents;

public class IncidentCommandsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private static IncidentState Raised(string? assignee = null)
    {
        var state = new IncidentState();
        IncidentCommands.Create(state, new CreateIncident("Mail down", "No mail since 08:50", Impact.High, Urgency.Medium, "bob", "email", "messaging", assignee), SlaOptions.Standard, "INC0000007", Now, respondsNow: true);
        return state;
    }

    [Fact]
    public void A_new_incident_gets_its_priority_from_the_matrix_and_the_policy_targets()
    {
        var state = Raised();
        Assert.Equal(Priority.P2, state.Priority);
        Assert.Equal(IncidentStatus.New, state.Status);
        Assert.Equal(new SlaTargets(TimeSpan.FromMinutes(30), TimeSpan.FromHours(8)), state.SlaTargets);
        Assert.Null(state.RespondedAt);
    }

    [Fact]
    public void An_incident_raised_with_an_assignee_starts_assigned_and_responded()
    {
        var state = Raised(assignee: "alice");
        Assert.Equal(IncidentStatus.Assigned, state.Status);
        Assert.Equal(Now, state.RespondedAt);
    }

    [Fact]
    public void Missing_and_oversized_fields_are_named()
    {
        var command = new CreateIncident("", new string('x', TextLimits.Description + 1), Impact.High, Urgency.High, "");
        var refused = Assert.Throws<DomainValidationException>(() => IncidentCommands.Create(new IncidentState(), command, SlaOptions.Standard, "INC1", Now, respondsNow: true));
        Assert.Equal(["description", "requester", "title"], refused.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_first_assignment_is_the_response_and_a_reassignment_does_not_reset_it()
    {
        var state = Raised();
        var change = IncidentCommands.Assign(state, new AssignIncident(null, "alice"), Now.AddMinutes(5));
        Assert.NotNull(change);
        Assert.Equal(IncidentStatus.Assigned, state.Status);
        Assert.Equal(Now.AddMinutes(5), state.RespondedAt);

        IncidentCommands.Assign(state, new AssignIncident(null, "carol"), Now.AddMinutes(9));
        Assert.Equal(Now.AddMinutes(5), state.RespondedAt);
    }

    [Fact]
    public void Assigning_the_same_person_again_changes_nothing()
    {
        var state = Raised(assignee: "alice");
        Assert.Null(IncidentCommands.Assign(state, new AssignIncident("messaging", "alice"), Now));
    }

    [Fact]
    public void A_public_reply_by_an_agent_is_a_response_but_the_requesters_own_comment_is_not()
    {
        var state = Raised();
        IncidentCommands.AddComment(state, "bob", new AddComment("Still down", CommentVisibility.Public), Now.AddMinutes(1));
        Assert.Null(state.RespondedAt);
        IncidentCommands.AddComment(state, "alice", new AddComment("Internal: checking MX", CommentVisibility.WorkNote), Now.AddMinutes(2));
        Assert.Null(state.RespondedAt);
        IncidentCommands.AddComment(state, "alice", new AddComment("We are on it", CommentVisibility.Public), Now.AddMinutes(3));
        Assert.Equal(Now.AddMinutes(3), state.RespondedAt);
    }

    [Fact]
    public void Raising_the_impact_raises_the_priority_and_moves_the_targets()
    {
        var state = Raised();
        var change = IncidentCommands.UpdateDetails(state, new UpdateIncidentDetails(Urgency: Urgency.High), _ => SlaOptions.Standard);
        Assert.Equal(Priority.P1, state.Priority);
        Assert.Equal(TimeSpan.FromHours(4), state.SlaTargets!.Resolution);
        Assert.Contains(change!.Changes, c => c is { Field: "priority", Old: "P2", New: "P1" });
    }

    [Fact]
    public void Resolving_records_the_resolution_and_reopening_clears_it()
    {
        var state = Raised(assignee: "alice");
        IncidentCommands.ChangeStatus(state, new ChangeIncidentStatus(IncidentStatus.InProgress), Now);
        IncidentCommands.ChangeStatus(state, new ChangeIncidentStatus(IncidentStatus.Resolved, ResolutionCode: ResolutionCode.SolvedPermanently, ResolutionNotes: "Replaced relay"), Now.AddHours(1));
        Assert.Equal(Now.AddHours(1), state.ResolvedAt);
        Assert.Equal(ResolutionCode.SolvedPermanently, state.ResolutionCode);

        var reopen = IncidentCommands.ChangeStatus(state, new ChangeIncidentStatus(IncidentStatus.InProgress, Note: "Came back"), Now.AddHours(2));
        Assert.Null(state.ResolvedAt);
        Assert.Null(state.ResolutionCode);
        Assert.Equal("Came back", reopen.Note);
        Assert.Contains("reopened", reopen.ActivityText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closed_incident_can_no_longer_be_edited()
    {
        var state = Raised();
        IncidentCommands.ChangeStatus(state, new ChangeIncidentStatus(IncidentStatus.Cancelled), Now);
        Assert.Throws<InvalidTransitionException>(() => IncidentCommands.AddComment(state, "alice", new AddComment("hello", CommentVisibility.Public), Now));
        Assert.Throws<InvalidTransitionException>(() => IncidentCommands.Assign(state, new AssignIncident(null, "alice"), Now));
    }
}
