using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Naming;
using ItsmOrleans.Domain.Incidents;
using static ItsmOrleans.Contracts.Incidents.IncidentStatus;

namespace ItsmOrleans.Domain.Tests.Incidents;

public class IncidentWorkflowTests
{
    private static void Move(IncidentStatus from, ChangeIncidentStatus command, string? assignee = "alice") =>
        IncidentWorkflow.Table.EnsureAllowed(from, command.To, new IncidentTransitionRequest(command, assignee));

    [Theory]
    [InlineData(New, Assigned)]
    [InlineData(New, Cancelled)]
    [InlineData(Assigned, InProgress)]
    [InlineData(Assigned, Cancelled)]
    [InlineData(OnHold, InProgress)]
    [InlineData(Resolved, InProgress)]
    [InlineData(Resolved, Closed)]
    public void The_lifecycle_allows_its_documented_moves(IncidentStatus from, IncidentStatus to) =>
        Move(from, new ChangeIncidentStatus(to));

    [Theory]
    [InlineData(New, Closed)]
    [InlineData(InProgress, Cancelled)]
    [InlineData(Closed, InProgress)]
    [InlineData(Cancelled, New)]
    [InlineData(OnHold, Closed)]
    public void A_move_outside_the_lifecycle_is_refused_with_the_allowed_ones(IncidentStatus from, IncidentStatus to)
    {
        var refused = Assert.Throws<InvalidTransitionException>(() => Move(from, new ChangeIncidentStatus(to)));
        Assert.Equal(IncidentWorkflow.Table.AllowedFrom(from).Select(s => WireName.Of(s)), refused.Allowed);
    }

    [Fact]
    public void Closed_and_cancelled_incidents_allow_nothing()
    {
        Assert.Empty(IncidentWorkflow.Table.AllowedFrom(Closed));
        Assert.Empty(IncidentWorkflow.Table.AllowedFrom(Cancelled));
    }

    [Fact]
    public void Going_on_hold_needs_a_reason()
    {
        var refused = Assert.Throws<DomainValidationException>(() => Move(InProgress, new ChangeIncidentStatus(OnHold)));
        Assert.Contains("holdReason", refused.Errors.Keys);
        Move(InProgress, new ChangeIncidentStatus(OnHold, HoldReason.AwaitingVendor));
    }

    [Fact]
    public void Resolving_needs_a_code_and_notes()
    {
        Assert.Contains("resolutionCode", Assert.Throws<DomainValidationException>(() =>
            Move(InProgress, new ChangeIncidentStatus(Resolved, ResolutionNotes: "rebooted"))).Errors.Keys);
        Assert.Contains("resolutionNotes", Assert.Throws<DomainValidationException>(() =>
            Move(InProgress, new ChangeIncidentStatus(Resolved, ResolutionCode: ResolutionCode.SolvedWorkaround))).Errors.Keys);
        Move(InProgress, new ChangeIncidentStatus(Resolved, ResolutionCode: ResolutionCode.SolvedWorkaround, ResolutionNotes: "rebooted"));
    }

    [Fact]
    public void Work_starts_only_once_someone_is_assigned()
    {
        var refused = Assert.Throws<DomainValidationException>(() => Move(New, new ChangeIncidentStatus(InProgress), assignee: null));
        Assert.Contains("assignee", refused.Errors.Keys);
    }

    [Fact]
    public void Only_monitoring_resolves_an_incident_nobody_has_taken_once_its_alerts_cleared()
    {
        var byHand = Assert.Throws<InvalidTransitionException>(() =>
            Move(New, new ChangeIncidentStatus(Resolved, ResolutionCode: ResolutionCode.SolvedPermanently, ResolutionNotes: "fixed"), assignee: null));
        Assert.Equal(["assigned", "cancelled", "inProgress"], byHand.Allowed.Order());

        Move(New, new ChangeIncidentStatus(Resolved, ResolutionCode: ResolutionCode.ResolvedByMonitoring, ResolutionNotes: "All alerts resolved."), assignee: null);
        Move(Assigned, new ChangeIncidentStatus(Resolved, ResolutionCode: ResolutionCode.ResolvedByMonitoring, ResolutionNotes: "All alerts resolved."));
    }

    [Fact]
    public void Resolving_an_assigned_incident_before_work_starts_is_refused_with_the_moves_allowed_not_a_request_to_assign_it()
    {
        var refused = Assert.Throws<InvalidTransitionException>(() =>
            Move(Assigned, new ChangeIncidentStatus(Resolved, ResolutionCode: ResolutionCode.SolvedPermanently, ResolutionNotes: "fixed")));
        Assert.Equal(["cancelled", "inProgress"], refused.Allowed.Order());
    }
}
