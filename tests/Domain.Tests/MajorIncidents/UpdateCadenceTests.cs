using ItsmOrleans.Contracts.MajorIncidents;
using ItsmOrleans.Domain.MajorIncidents;

namespace ItsmOrleans.Domain.Tests.MajorIncidents;

public class UpdateCadenceTests
{
    private static readonly DateTimeOffset Promoted = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Cadence = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan Warning = UpdateCadence.Warning(Cadence, TimeSpan.FromMinutes(5));

    [Theory]
    [InlineData(0, UpdateDueState.OnTrack)]
    [InlineData(24, UpdateDueState.OnTrack)]
    [InlineData(25, UpdateDueState.DueSoon)]
    [InlineData(29, UpdateDueState.DueSoon)]
    [InlineData(30, UpdateDueState.Overdue)]
    [InlineData(90, UpdateDueState.Overdue)]
    public void An_update_turns_due_soon_five_minutes_before_the_cadence_runs_out_and_overdue_after(int minutes, UpdateDueState expected)
    {
        var due = UpdateCadence.NextDue(Promoted, Cadence);
        Assert.Equal(expected, UpdateCadence.StateAt(MajorIncidentStatus.Active, due, Warning, Promoted.AddMinutes(minutes)));
    }

    [Fact]
    public void The_warning_is_at_most_a_quarter_of_a_short_cadence()
    {
        Assert.Equal(TimeSpan.FromMinutes(2.5), UpdateCadence.Warning(TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public void Nothing_is_due_once_the_major_incident_is_no_longer_active()
    {
        var due = UpdateCadence.NextDue(Promoted, Cadence);
        Assert.Equal(UpdateDueState.None, UpdateCadence.StateAt(MajorIncidentStatus.Resolved, due, Warning, Promoted.AddHours(5)));
        Assert.Null(UpdateCadence.NextChange(MajorIncidentStatus.Resolved, due, Warning, Promoted));
    }

    [Fact]
    public void The_next_wake_up_is_the_warning_then_the_deadline_then_none()
    {
        var due = UpdateCadence.NextDue(Promoted, Cadence);
        Assert.Equal(Promoted.AddMinutes(25), UpdateCadence.NextChange(MajorIncidentStatus.Active, due, Warning, Promoted));
        Assert.Equal(Promoted.AddMinutes(30), UpdateCadence.NextChange(MajorIncidentStatus.Active, due, Warning, Promoted.AddMinutes(26)));
        Assert.Null(UpdateCadence.NextChange(MajorIncidentStatus.Active, due, Warning, Promoted.AddMinutes(31)));
    }
}
