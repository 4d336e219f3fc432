using ItsmOrleans.Contracts.Services;
using ItsmOrleans.Domain.Services;

namespace ItsmOrleans.Domain.Tests.Services;

public class MaintenanceCalendarTests
{
    private static readonly MaintenanceSchedule SundayNightParis = new(
        [new WeeklyMaintenanceWindow(DayOfWeek.Sunday, new TimeOnly(2, 0), TimeSpan.FromHours(4), "Europe/Paris")], []);

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void A_weekly_window_opens_at_its_local_time_in_winter_and_in_summer()
    {
        var winter = Assert.Single(MaintenanceCalendar.Periods(SundayNightParis, Utc(2026, 1, 11, 0), Utc(2026, 1, 12, 0)));
        Assert.Equal(new MaintenancePeriod(Utc(2026, 1, 11, 1), Utc(2026, 1, 11, 5)), winter);

        var summer = Assert.Single(MaintenanceCalendar.Periods(SundayNightParis, Utc(2026, 7, 12, 0), Utc(2026, 7, 13, 0)));
        Assert.Equal(new MaintenancePeriod(Utc(2026, 7, 12, 0), Utc(2026, 7, 12, 4)), summer);
    }

    [Fact]
    public void An_opening_time_skipped_by_the_spring_change_moves_forward_by_the_jump()
    {
        var schedule = new MaintenanceSchedule([new WeeklyMaintenanceWindow(DayOfWeek.Sunday, new TimeOnly(2, 30), TimeSpan.FromHours(1), "Europe/Paris")], []);

        // 29 March 2026: Paris jumps from 02:00 to 03:00; 02:30 does not exist and becomes 03:30 CEST.
        var period = Assert.Single(MaintenanceCalendar.Periods(schedule, Utc(2026, 3, 29, 0), Utc(2026, 3, 30, 0)));

        Assert.Equal(Utc(2026, 3, 29, 1, 30), period.Start);
        Assert.Equal(TimeSpan.FromHours(1), period.End - period.Start);
    }

    [Fact]
    public void An_opening_time_repeated_by_the_autumn_change_takes_the_first_and_lasts_its_elapsed_duration()
    {
        var schedule = new MaintenanceSchedule([new WeeklyMaintenanceWindow(DayOfWeek.Sunday, new TimeOnly(2, 30), TimeSpan.FromHours(4), "Europe/Paris")], []);

        // 25 October 2026: Paris falls back from 03:00 to 02:00; 02:30 happens twice, first at 00:30 UTC.
        var period = Assert.Single(MaintenanceCalendar.Periods(schedule, Utc(2026, 10, 25, 0), Utc(2026, 10, 26, 0)));

        Assert.Equal(new MaintenancePeriod(Utc(2026, 10, 25, 0, 30), Utc(2026, 10, 25, 4, 30)), period);
    }

    [Fact]
    public void A_window_may_run_past_midnight_into_the_next_day()
    {
        var schedule = new MaintenanceSchedule([new WeeklyMaintenanceWindow(DayOfWeek.Saturday, new TimeOnly(22, 0), TimeSpan.FromHours(6), "UTC")], []);

        Assert.True(MaintenanceCalendar.Covers(schedule, Utc(2026, 12, 6, 2), Utc(2026, 12, 6, 3)));
        Assert.False(MaintenanceCalendar.Covers(schedule, Utc(2026, 12, 6, 3), Utc(2026, 12, 6, 5)));
    }

    [Fact]
    public void A_change_window_is_covered_only_when_one_period_holds_all_of_it()
    {
        var schedule = new MaintenanceSchedule(
            [new WeeklyMaintenanceWindow(DayOfWeek.Sunday, new TimeOnly(2, 0), TimeSpan.FromHours(2), "UTC")],
            [new OneOffMaintenanceWindow(Utc(2026, 12, 6, 4), Utc(2026, 12, 6, 6), "Vendor upgrade")]);

        Assert.True(MaintenanceCalendar.Covers(schedule, Utc(2026, 12, 6, 2), Utc(2026, 12, 6, 4)));
        Assert.True(MaintenanceCalendar.Covers(schedule, Utc(2026, 12, 6, 4, 30), Utc(2026, 12, 6, 5)));
        Assert.False(MaintenanceCalendar.Covers(schedule, Utc(2026, 12, 6, 3), Utc(2026, 12, 6, 5)));
        Assert.False(MaintenanceCalendar.Covers(schedule, Utc(2026, 12, 13, 4, 30), Utc(2026, 12, 13, 5)));
    }

    [Fact]
    public void The_current_or_next_period_is_found_from_any_instant()
    {
        Assert.Equal(Utc(2026, 1, 11, 1), MaintenanceCalendar.CurrentOrNext(SundayNightParis, Utc(2026, 1, 8, 12), TimeSpan.FromDays(14))!.Start);
        Assert.Equal(Utc(2026, 1, 11, 1), MaintenanceCalendar.CurrentOrNext(SundayNightParis, Utc(2026, 1, 11, 3), TimeSpan.FromDays(14))!.Start);
        Assert.True(MaintenanceCalendar.IsOpen(SundayNightParis, Utc(2026, 1, 11, 3)));
        Assert.False(MaintenanceCalendar.IsOpen(SundayNightParis, Utc(2026, 1, 11, 5)));
        Assert.Null(MaintenanceCalendar.CurrentOrNext(MaintenanceSchedule.None, Utc(2026, 1, 8, 12), TimeSpan.FromDays(14)));
    }
}
