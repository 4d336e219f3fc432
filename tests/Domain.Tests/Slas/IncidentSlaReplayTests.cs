using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Domain.Slas;
using ItsmOrleans.Grains.Incidents;
using ItsmOrleans.Grains.Slas;

namespace ItsmOrleans.Domain.Tests.Slas;

public class IncidentSlaReplayTests
{
    private static readonly DateTimeOffset Monday9 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static readonly BusinessCalendar Office = new(
        "office", "Office", "UTC",
        [.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(day => new WorkingHours(day, new TimeOnly(9, 0), new TimeOnly(17, 0)))],
        []);

    private static SlaPolicy Policy(string id, TimeSpan response, TimeSpan resolution, BusinessCalendar? calendar = null, TimeSpan? p1Resolution = null) =>
        new(id, id, Enum.GetValues<Priority>().ToDictionary(
            p => p, p => new SlaTargets(response, p == Priority.P1 && p1Resolution is { } fast ? fast : resolution)), calendar);

    private static Func<string, SlaPolicy?> Catalog(params SlaPolicy[] policies) => id => policies.FirstOrDefault(p => p.Id == id);

    private static HistoryEntry Entry(int sequence, DateTimeOffset at, HistoryKind kind, params (string Field, string? New)[] changes) =>
        new(sequence, sequence, at, "agent", kind, [.. changes.Select(c => new FieldChange(c.Field, null, c.New))]);

    private static HistoryEntry Created(DateTimeOffset at, string policy = "gold", string priority = "P3", string? assignee = null) =>
        Entry(1, at, HistoryKind.Created, ("priority", priority), ("status", assignee is null ? "new" : "assigned"), ("assignee", assignee), ("slaPolicy", policy));

    [Fact]
    public void Replaying_an_untouched_incident_counts_from_creation_against_the_current_targets()
    {
        var replay = IncidentSlaReplay.Replay([Created(Monday9)], Catalog(Policy("gold", TimeSpan.FromHours(1), TimeSpan.FromHours(8))), Monday9.AddMinutes(30));

        Assert.Equal(SlaClockState.Running, replay.Response.State);
        Assert.Equal(Monday9.AddHours(1), replay.Response.DueAt(SlaLevel.Breach, ContinuousWorkingTime.Instance));
        Assert.Equal(Monday9.AddHours(8), replay.Resolution.DueAt(SlaLevel.Breach, ContinuousWorkingTime.Instance));
        Assert.Equal(SlaLevel.Info, replay.Response.Reached);
        Assert.Equal(new SlaTargets(TimeSpan.FromHours(1), TimeSpan.FromHours(8)), replay.Targets);
    }

    [Fact]
    public void Time_on_hold_does_not_count_towards_resolution()
    {
        var history = new[]
        {
            Created(Monday9, assignee: "ann"),
            Entry(2, Monday9.AddHours(1), HistoryKind.StatusChanged, ("status", "inProgress")),
            Entry(3, Monday9.AddHours(2), HistoryKind.StatusChanged, ("status", "onHold")),
            Entry(4, Monday9.AddHours(5), HistoryKind.StatusChanged, ("status", "inProgress")),
        };

        var replay = IncidentSlaReplay.Replay(history, Catalog(Policy("gold", TimeSpan.FromHours(1), TimeSpan.FromHours(8))), Monday9.AddHours(6));

        Assert.Equal(SlaClockState.Stopped, replay.Response.State);
        Assert.Equal(TimeSpan.FromHours(3), replay.Resolution.ElapsedAt(Monday9.AddHours(6), ContinuousWorkingTime.Instance));
        Assert.Equal(Monday9.AddHours(11), replay.Resolution.DueAt(SlaLevel.Breach, ContinuousWorkingTime.Instance));
    }

    [Fact]
    public void A_corrected_target_turns_a_met_resolution_into_a_breach_reached_before_it_stopped()
    {
        var history = new[]
        {
            Created(Monday9, assignee: "ann"),
            Entry(2, Monday9.AddHours(1), HistoryKind.StatusChanged, ("status", "inProgress")),
            Entry(3, Monday9.AddHours(4), HistoryKind.StatusChanged, ("status", "resolved")),
        };

        var asConfigured = IncidentSlaReplay.Replay(history, Catalog(Policy("gold", TimeSpan.FromHours(1), TimeSpan.FromHours(8))), Monday9.AddDays(1));
        var corrected = IncidentSlaReplay.Replay(history, Catalog(Policy("gold", TimeSpan.FromHours(1), TimeSpan.FromHours(3))), Monday9.AddDays(1));

        Assert.Equal(SlaLevel.Info, asConfigured.Resolution.Reached);
        Assert.Equal(SlaClockState.Stopped, corrected.Resolution.State);
        Assert.Equal(SlaLevel.Breach, corrected.Resolution.Reached);
        Assert.Equal(Monday9.AddHours(4), corrected.Resolution.StoppedAt);
    }

    [Fact]
    public void A_corrected_calendar_counts_only_working_hours_from_the_start()
    {
        var fridayEvening = new DateTimeOffset(2026, 3, 6, 16, 0, 0, TimeSpan.Zero);

        var replay = IncidentSlaReplay.Replay(
            [Created(fridayEvening)], Catalog(Policy("gold", TimeSpan.FromHours(2), TimeSpan.FromHours(8), Office)), fridayEvening.AddHours(20));

        Assert.Equal(TimeSpan.FromHours(1), replay.Response.ElapsedAt(fridayEvening.AddHours(20), new BusinessCalendarWorkingTime(Office)));
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 10, 0, 0, TimeSpan.Zero), replay.Response.DueAt(SlaLevel.Breach, new BusinessCalendarWorkingTime(Office)));
        Assert.Equal(Office, replay.Calendar);
    }

    [Fact]
    public void A_priority_change_moves_the_target_and_keeps_the_time_counted()
    {
        var history = new[]
        {
            Created(Monday9),
            Entry(2, Monday9.AddHours(1), HistoryKind.DetailsUpdated, ("priority", "P1")),
        };

        var replay = IncidentSlaReplay.Replay(
            history, Catalog(Policy("gold", TimeSpan.FromHours(4), TimeSpan.FromHours(8), p1Resolution: TimeSpan.FromHours(2))), Monday9.AddHours(3));

        Assert.Equal(TimeSpan.FromHours(2), replay.Resolution.Target);
        Assert.Equal(SlaLevel.Breach, replay.Resolution.Reached);
        Assert.Equal(Monday9.AddHours(2), replay.Resolution.DueAt(SlaLevel.Breach, ContinuousWorkingTime.Instance));
    }

    [Fact]
    public void A_first_reply_stops_the_response_clock_and_a_move_to_another_policy_takes_its_targets()
    {
        var history = new[]
        {
            Created(Monday9),
            Entry(2, Monday9.AddMinutes(20), HistoryKind.CommentAdded, ("respondedAt", Monday9.AddMinutes(20).ToString("O"))),
            Entry(3, Monday9.AddHours(1), HistoryKind.DetailsUpdated, ("slaPolicy", "silver")),
        };

        var replay = IncidentSlaReplay.Replay(
            history,
            Catalog(Policy("gold", TimeSpan.FromHours(1), TimeSpan.FromHours(8)), Policy("silver", TimeSpan.FromHours(2), TimeSpan.FromHours(24))),
            Monday9.AddHours(2));

        Assert.Equal(SlaClockState.Stopped, replay.Response.State);
        Assert.Equal(TimeSpan.FromMinutes(20), replay.Response.ElapsedBeforeRun);
        Assert.Equal("silver", replay.PolicyId);
        Assert.Equal(TimeSpan.FromHours(24), replay.Resolution.Target);
    }

    [Fact]
    public void An_incident_whose_policy_is_no_longer_configured_cannot_be_replayed()
    {
        var error = Assert.Throws<ItsmOrleans.Contracts.Common.DomainValidationException>(
            () => IncidentSlaReplay.Replay([Created(Monday9, policy: "gone")], Catalog(), Monday9));

        Assert.Contains("gone", error.Errors["slaPolicy"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Clocks_a_moment_apart_are_the_same_and_a_moved_due_time_is_a_difference()
    {
        var view = new SlaClockView(SlaClockKind.Resolution, SlaClockState.Running, TimeSpan.FromHours(8), TimeSpan.FromHours(1), Monday9, Monday9.AddHours(7), null, null);

        Assert.False(SlaClockDifference.Differs(view, view with { Elapsed = view.Elapsed + TimeSpan.FromMilliseconds(300) }));
        Assert.True(SlaClockDifference.Differs(view, view with { DueAt = Monday9.AddHours(2), Target = TimeSpan.FromHours(3) }));
        Assert.True(SlaClockDifference.Differs(view, view with { Reached = SlaLevel.Breach }));
    }
}
