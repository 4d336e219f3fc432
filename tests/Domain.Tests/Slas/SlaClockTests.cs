using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Domain.Slas;
using ItsmOrleans.Grains.Slas;

namespace ItsmOrleans.Domain.Tests.Slas;

public class SlaClockTests
{
    private static readonly IWorkingTime AllHours = ContinuousWorkingTime.Instance;
    private static readonly DateTimeOffset T0 = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private static SlaClock FourHours() => SlaClock.Start(SlaClockKind.Resolution, TimeSpan.FromHours(4), T0);

    [Fact]
    public void A_running_clock_is_due_at_start_plus_target()
    {
        var clock = FourHours();
        Assert.Equal(T0.AddHours(4), clock.DueAt(SlaLevel.Breach, AllHours));
        Assert.Equal(T0.AddHours(2), clock.NextDueAt(AllHours));
        Assert.Equal(TimeSpan.FromHours(1), clock.ElapsedAt(T0.AddHours(1), AllHours));
    }

    [Fact]
    public void Thresholds_fall_at_50_75_90_and_100_percent_of_the_target()
    {
        var clock = FourHours();
        Assert.Equal(T0.AddHours(2), clock.DueAt(SlaLevel.Info, AllHours));
        Assert.Equal(T0.AddHours(3), clock.DueAt(SlaLevel.Warning, AllHours));
        Assert.Equal(T0.AddMinutes(216), clock.DueAt(SlaLevel.Critical, AllHours));
        Assert.Equal(T0.AddHours(4), clock.DueAt(SlaLevel.Breach, AllHours));
    }

    [Fact]
    public void Pausing_stops_the_count_and_resuming_moves_the_due_time_by_the_pause()
    {
        var paused = FourHours().Pause(T0.AddHours(1), AllHours);
        Assert.Null(paused.DueAt(SlaLevel.Breach, AllHours));
        Assert.Equal(TimeSpan.FromHours(1), paused.ElapsedAt(T0.AddHours(10), AllHours));

        var resumed = paused.Run(T0.AddHours(3));
        Assert.Equal(T0.AddHours(6), resumed.DueAt(SlaLevel.Breach, AllHours));
        Assert.Equal(TimeSpan.FromHours(2), resumed.ElapsedAt(T0.AddHours(4), AllHours));
    }

    [Fact]
    public void Time_on_hold_never_reaches_a_threshold()
    {
        var paused = FourHours().Pause(T0.AddMinutes(30), AllHours);
        var (_, reached) = paused.Advance(T0.AddDays(2), AllHours);
        Assert.Empty(reached);
    }

    [Fact]
    public void Advancing_reports_each_threshold_once_and_in_order()
    {
        var (clock, reached) = FourHours().Advance(T0.AddMinutes(220), AllHours);
        Assert.Equal([SlaLevel.Info, SlaLevel.Warning, SlaLevel.Critical], reached);
        Assert.Equal(SlaLevel.Critical, clock.Reached);

        var (again, none) = clock.Advance(T0.AddMinutes(230), AllHours);
        Assert.Empty(none);
        var (_, breach) = again.Advance(T0.AddHours(4), AllHours);
        Assert.Equal([SlaLevel.Breach], breach);
    }

    [Fact]
    public void A_stopped_clock_keeps_its_elapsed_time_and_reaches_nothing()
    {
        var stopped = FourHours().Stop(T0.AddHours(1), AllHours);
        Assert.Equal(SlaClockState.Stopped, stopped.State);
        Assert.Equal(T0.AddHours(1), stopped.StoppedAt);
        Assert.Empty(stopped.Advance(T0.AddDays(1), AllHours).Reached);
        Assert.Equal(TimeSpan.FromHours(1), stopped.ToView(T0.AddDays(1), AllHours).Elapsed);
    }

    [Fact]
    public void A_reopened_clock_counts_on_from_where_it_stopped()
    {
        var reopened = FourHours().Stop(T0.AddHours(1), AllHours).Run(T0.AddHours(5));
        Assert.Equal(T0.AddHours(8), reopened.DueAt(SlaLevel.Breach, AllHours));
    }

    [Fact]
    public void A_shorter_target_after_a_priority_change_fires_the_thresholds_already_passed()
    {
        var clock = FourHours().Retarget(TimeSpan.FromHours(1));
        var (_, reached) = clock.Advance(T0.AddMinutes(50), AllHours);
        Assert.Equal([SlaLevel.Info, SlaLevel.Warning], reached);
    }

    [Fact]
    public void The_view_reports_remaining_time_and_breach()
    {
        var (clock, _) = FourHours().Advance(T0.AddHours(5), AllHours);
        var view = clock.ToView(T0.AddHours(5), AllHours);
        Assert.True(view.Breached);
        Assert.Equal(TimeSpan.FromHours(-1), view.Remaining);
        Assert.Equal(T0.AddHours(4), view.DueAt);
    }
}
