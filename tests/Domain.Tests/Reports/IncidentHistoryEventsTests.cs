using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Domain.Incidents;
using ItsmOrleans.Domain.Reports;
using ItsmOrleans.Domain.Slas;
using ItsmOrleans.Grains.Incidents;
using ItsmOrleans.Grains.Slas;

namespace ItsmOrleans.Domain.Tests.Reports;

/// <summary>The report facts read from an incident's history, as the commands write it.</summary>
public class IncidentHistoryEventsTests
{
    private static readonly DateTimeOffset Opened = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Id = Guid.NewGuid();

    private readonly IncidentState _state = new();

    private void Do(DateTimeOffset at, Func<IncidentState, IncidentChange?> command, string actor = "ann")
    {
        if (command(_state) is { } change)
        {
            _state.History.Add(new HistoryEntry(_state.History.Count + 1, _state.History.Count + 1, at, actor, change.Kind, change.Changes, change.Note));
        }
    }

    private void Raise(string? assignee = null) =>
        Do(Opened, s => IncidentCommands.Create(s, new CreateIncident("Mail down", "", Impact.High, Urgency.Medium, "bob", "email", "messaging", assignee), SlaOptions.Standard, "INC0000007", Opened, respondsNow: true));

    private void Breach(SlaClockKind clock, DateTimeOffset at)
    {
        var view = new SlaClockView(clock, SlaClockState.Running, TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(30), at, at, null, SlaLevel.Breach);
        SlaEventRecorder.Record(_state, [new SlaEvent(_state.History.Count + 1, clock, SlaLevel.Breach, at, at)], view, at);
    }

    /// <summary>An applied SLA repair as the incident records it: the clock before and after.</summary>
    private void Repair(SlaClockKind clock, DateTimeOffset at, bool breachedBefore, bool breachedAfter)
    {
        SlaClockView View(bool breached, TimeSpan target) =>
            new(clock, SlaClockState.Running, target, TimeSpan.FromHours(5), at, at, null, breached ? SlaLevel.Breach : SlaLevel.Warning);
        var repair = SlaClockDifference.Repair(View(breachedBefore, TimeSpan.FromHours(4)), View(breachedAfter, TimeSpan.FromHours(breachedAfter ? 4.5 : 6)));
        _state.History.Add(new HistoryEntry(
            _state.History.Count + 1, _state.History.Count + 1, at, "admin", HistoryKind.SlaRecomputed, SlaRepairHistory.Changes([repair]), "recomputed"));
    }

    private long Counted(string clock, string outcome, string withdrawn) =>
        Events.Count(e => e.Event == clock && e.Outcome == outcome) - Events.Count(e => e.Event == clock && e.Outcome == withdrawn);

    private void Resolve(DateTimeOffset at)
    {
        if (_state.Status == IncidentStatus.Assigned)
        {
            Do(at, s => IncidentCommands.ChangeStatus(s, new ChangeIncidentStatus(IncidentStatus.InProgress), at));
        }

        Do(at, s => IncidentCommands.ChangeStatus(s, new ChangeIncidentStatus(IncidentStatus.Resolved, ResolutionCode: ResolutionCode.SolvedPermanently, ResolutionNotes: "fixed"), at));
    }

    private IReadOnlyList<TicketHistoryEvent> Events => IncidentHistoryEvents.From(Id, "INC0000007", _state.History);

    [Fact]
    public void Opening_acknowledging_and_resolving_are_timed_from_the_opening_and_keep_both_slas()
    {
        Raise();
        Do(Opened.AddMinutes(12), s => IncidentCommands.Assign(s, new AssignIncident(null, "alice"), Opened.AddMinutes(12)));
        Resolve(Opened.AddHours(3));

        Assert.Equal(
            [TicketHistoryEvents.Opened, TicketHistoryEvents.Acknowledged, TicketHistoryEvents.SlaResponse, TicketHistoryEvents.Resolved, TicketHistoryEvents.SlaResolution],
            Events.Select(e => e.Event));
        var acknowledged = Events.Single(e => e.Event == TicketHistoryEvents.Acknowledged);
        Assert.Equal(TimeSpan.FromMinutes(12), acknowledged.Duration);
        Assert.Equal((2, "email", "messaging"), (acknowledged.Priority!.Value, acknowledged.ServiceId, acknowledged.AssignmentGroup));
        Assert.Equal(TimeSpan.FromHours(3), Events.Single(e => e.Event == TicketHistoryEvents.Resolved).Duration);
        Assert.All(Events.Where(e => e.Event.StartsWith("sla", StringComparison.Ordinal)), e => Assert.Equal(TicketHistoryEvents.Met, e.Outcome));
        Assert.Equal(0, Events.Sum(e => e.BacklogDelta));
    }

    [Fact]
    public void An_incident_raised_with_an_assignee_is_acknowledged_at_once()
    {
        Raise(assignee: "alice");
        var acknowledged = Assert.Single(Events, e => e.Event == TicketHistoryEvents.Acknowledged);
        Assert.Equal(TimeSpan.Zero, acknowledged.Duration);
    }

    [Fact]
    public void An_incident_automation_raised_assigned_is_acknowledged_when_a_person_takes_it_not_when_raised()
    {
        Do(Opened, s => IncidentCommands.Create(s, new CreateIncident("Backup failed", "", Impact.High, Urgency.Medium, "monitoring", null, "storage", "alice"),
            SlaOptions.Standard, "INC0000007", Opened, respondsNow: false), actor: "key:backup-monitor");
        Assert.DoesNotContain(Events, e => e.Event == TicketHistoryEvents.Acknowledged);

        Do(Opened.AddMinutes(12), s => IncidentCommands.Assign(s, new AssignIncident(null, "alice"), Opened.AddMinutes(12)), actor: "alice");
        Assert.Equal(TimeSpan.FromMinutes(12), Assert.Single(Events, e => e.Event == TicketHistoryEvents.Acknowledged).Duration);
    }

    [Fact]
    public void An_incident_raised_assigned_before_creations_recorded_the_response_counts_as_acknowledged_unless_automation_raised_it()
    {
        Raise(assignee: "alice");
        var legacy = _state.History[0] with { Changes = [.. _state.History[0].Changes.Where(c => c.Field != "respondedAt")] };
        Assert.Single(IncidentHistoryEvents.From(Id, "INC0000007", [legacy]), e => e.Event == TicketHistoryEvents.Acknowledged);
        Assert.DoesNotContain(IncidentHistoryEvents.From(Id, "INC0000007", [legacy with { Actor = "key:importer" }]), e => e.Event == TicketHistoryEvents.Acknowledged);
    }

    [Fact]
    public void A_breach_counts_once_and_a_late_response_or_resolution_does_not_make_it_met()
    {
        Raise();
        Breach(SlaClockKind.Response, Opened.AddMinutes(30));
        Do(Opened.AddMinutes(45), s => IncidentCommands.Assign(s, new AssignIncident(null, "alice"), Opened.AddMinutes(45)));
        Breach(SlaClockKind.Resolution, Opened.AddHours(8));
        Resolve(Opened.AddHours(9));

        Assert.Equal(TicketHistoryEvents.Breached, Assert.Single(Events, e => e.Event == TicketHistoryEvents.SlaResponse).Outcome);
        var resolution = Assert.Single(Events, e => e.Event == TicketHistoryEvents.SlaResolution);
        Assert.Equal((TicketHistoryEvents.Breached, Opened.AddHours(8)), (resolution.Outcome, resolution.At));
    }

    [Fact]
    public void A_reopened_incident_returns_to_the_backlog_and_its_second_resolution_is_a_second_fact_without_a_duration()
    {
        Raise(assignee: "alice");
        Resolve(Opened.AddHours(1));
        Do(Opened.AddHours(2), s => IncidentCommands.ChangeStatus(s, new ChangeIncidentStatus(IncidentStatus.InProgress), Opened.AddHours(2)));
        Resolve(Opened.AddHours(4));
        Do(Opened.AddHours(5), s => IncidentCommands.ChangeStatus(s, new ChangeIncidentStatus(IncidentStatus.Closed), Opened.AddHours(5)));

        var resolutions = Events.Where(e => e.Event == TicketHistoryEvents.Resolved).ToList();
        Assert.Equal([1, 2], resolutions.Select(e => e.Ordinal));
        Assert.Equal([TimeSpan.FromHours(1), null], resolutions.Select(e => e.Duration));
        Assert.Single(Events, e => e.Event == TicketHistoryEvents.Reopened);
        Assert.Single(Events, e => e.Event == TicketHistoryEvents.SlaResolution);
        Assert.Equal(0, Assert.Single(Events, e => e.Event == TicketHistoryEvents.Closed).BacklogDelta);
        Assert.Equal(0, Events.Sum(e => e.BacklogDelta));
    }

    [Fact]
    public void A_move_to_another_priority_or_group_while_open_leaves_the_old_backlog_and_enters_the_new()
    {
        Raise();
        Do(Opened.AddMinutes(5), s => IncidentCommands.UpdateDetails(s, new UpdateIncidentDetails(Urgency: Urgency.High), _ => SlaOptions.Standard));
        Do(Opened.AddMinutes(6), s => IncidentCommands.Assign(s, new AssignIncident("network", null), Opened.AddMinutes(6)));

        var backlogByPlace = Events.GroupBy(e => (e.Priority, e.AssignmentGroup)).ToDictionary(g => g.Key, g => g.Sum(e => e.BacklogDelta));
        Assert.Equal(0, backlogByPlace[(2, "messaging")]);
        Assert.Equal(0, backlogByPlace[(1, "messaging")]);
        Assert.Equal(1, backlogByPlace[(1, "network")]);
        Assert.All(Events, e => Assert.Equal(Opened, e.OpenedAt));
    }

    [Fact]
    public void The_facts_are_the_same_however_often_they_are_read_so_a_repeated_write_adds_nothing()
    {
        Raise(assignee: "alice");
        Resolve(Opened.AddHours(1));
        Assert.Equal(Events, Events);
        Assert.Equal(Events.Count, Events.Select(e => (e.Event, e.Ordinal)).Distinct().Count());
    }

    [Fact]
    public void A_breach_a_repair_withdraws_is_taken_back_where_it_counted_and_the_resolution_in_time_is_met()
    {
        Raise(assignee: "alice");
        Breach(SlaClockKind.Resolution, Opened.AddHours(4));
        Do(Opened.AddHours(4.5), s => IncidentCommands.UpdateDetails(s, new UpdateIncidentDetails(Urgency: Urgency.High), _ => SlaOptions.Standard));
        Repair(SlaClockKind.Resolution, Opened.AddHours(5), breachedBefore: true, breachedAfter: false);
        Resolve(Opened.AddHours(5.5));

        var breached = Assert.Single(Events, e => e.Outcome == TicketHistoryEvents.Breached);
        var withdrawn = Assert.Single(Events, e => e.Outcome == TicketHistoryEvents.BreachedWithdrawn);
        Assert.Equal((breached.At, breached.Priority, breached.AssignmentGroup), (withdrawn.At, withdrawn.Priority, withdrawn.AssignmentGroup));
        Assert.Equal(0, Counted(TicketHistoryEvents.SlaResolution, TicketHistoryEvents.Breached, TicketHistoryEvents.BreachedWithdrawn));
        Assert.Equal(1, Counted(TicketHistoryEvents.SlaResolution, TicketHistoryEvents.Met, TicketHistoryEvents.MetWithdrawn));
        Assert.Equal(Opened.AddHours(5.5), Assert.Single(Events, e => e.Event == TicketHistoryEvents.SlaResolution && e.Outcome == TicketHistoryEvents.Met).At);
        Assert.Equal(Events.Count, Events.Select(e => (e.Event, e.Ordinal)).Distinct().Count());
    }

    [Fact]
    public void A_withdrawn_breach_of_a_clock_already_stopped_is_met_where_it_stopped()
    {
        Raise();
        Breach(SlaClockKind.Response, Opened.AddMinutes(15));
        Do(Opened.AddMinutes(20), s => IncidentCommands.Assign(s, new AssignIncident(null, "alice"), Opened.AddMinutes(20)));
        Repair(SlaClockKind.Response, Opened.AddHours(2), breachedBefore: true, breachedAfter: false);

        Assert.Equal(0, Counted(TicketHistoryEvents.SlaResponse, TicketHistoryEvents.Breached, TicketHistoryEvents.BreachedWithdrawn));
        var met = Assert.Single(Events, e => e.Event == TicketHistoryEvents.SlaResponse && e.Outcome == TicketHistoryEvents.Met);
        Assert.Equal(Opened.AddMinutes(20), met.At);
        Assert.Equal(_state.History[^1].Sequence, met.Sequence);
    }

    [Fact]
    public void A_breach_a_repair_reveals_after_the_clock_was_met_replaces_the_met_once()
    {
        Raise(assignee: "alice");
        Resolve(Opened.AddHours(5));
        Repair(SlaClockKind.Resolution, Opened.AddDays(1), breachedBefore: false, breachedAfter: true);
        Breach(SlaClockKind.Resolution, Opened.AddDays(1));

        Assert.Equal(0, Counted(TicketHistoryEvents.SlaResolution, TicketHistoryEvents.Met, TicketHistoryEvents.MetWithdrawn));
        Assert.Equal(1, Counted(TicketHistoryEvents.SlaResolution, TicketHistoryEvents.Breached, TicketHistoryEvents.BreachedWithdrawn));
        Assert.Equal(Opened.AddHours(5), Assert.Single(Events, e => e.Outcome == TicketHistoryEvents.MetWithdrawn).At);
    }

    [Fact]
    public void A_breach_after_a_reopen_replaces_the_met_of_the_first_resolution()
    {
        Raise(assignee: "alice");
        Resolve(Opened.AddHours(1));
        Do(Opened.AddHours(2), s => IncidentCommands.ChangeStatus(s, new ChangeIncidentStatus(IncidentStatus.InProgress), Opened.AddHours(2)));
        Breach(SlaClockKind.Resolution, Opened.AddHours(8));
        Resolve(Opened.AddHours(9));

        Assert.Equal(0, Counted(TicketHistoryEvents.SlaResolution, TicketHistoryEvents.Met, TicketHistoryEvents.MetWithdrawn));
        Assert.Equal(1, Counted(TicketHistoryEvents.SlaResolution, TicketHistoryEvents.Breached, TicketHistoryEvents.BreachedWithdrawn));
        Assert.Equal(Opened.AddHours(1), Assert.Single(Events, e => e.Outcome == TicketHistoryEvents.MetWithdrawn).At);
        Assert.Equal(Opened.AddHours(8), Assert.Single(Events, e => e.Outcome == TicketHistoryEvents.Breached).At);
        Assert.Equal(Events.Count, Events.Select(e => (e.Event, e.Ordinal)).Distinct().Count());
    }
}
