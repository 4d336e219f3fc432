using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Domain.Slas;
using ItsmOrleans.Grains.Slas;

namespace ItsmOrleans.Domain.Tests.Slas;

/// <summary>Business-hours working time, including the edge cases service desks get wrong.</summary>
public class BusinessCalendarTests
{
    private static readonly DayOfWeek[] Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    /// <summary>Monday to Friday, 08:00 to 18:00 UTC.</summary>
    private static readonly BusinessCalendarWorkingTime Office = Calendar("UTC", Weekdays.Select(d => new WorkingHours(d, new(8, 0), new(18, 0))));

    private static BusinessCalendarWorkingTime Calendar(string zone, IEnumerable<WorkingHours> hours, params Holiday[] holidays) =>
        new(new BusinessCalendar("office", "Office", zone, [.. hours], holidays));

    private static BusinessCalendarWorkingTime AllDay(string zone) =>
        Calendar(zone, Enum.GetValues<DayOfWeek>().Select(d => new WorkingHours(d, new(0, 0), new(0, 0))));

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute = 0, int offsetHours = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(offsetHours));

    // 27 November 2026 is a Friday.
    [Fact]
    public void A_P3_raised_on_Friday_at_17_55_is_not_breached_on_Saturday_and_falls_due_on_Monday_morning()
    {
        var raised = At(2026, 11, 27, 17, 55);
        var clock = SlaClock.Start(SlaClockKind.Response, TimeSpan.FromHours(4), raised);

        Assert.Equal(TimeSpan.FromMinutes(5), clock.ElapsedAt(At(2026, 11, 28, 12, 0), Office));
        Assert.DoesNotContain(SlaLevel.Breach, clock.Advance(At(2026, 11, 29, 23, 59), Office).Reached);
        Assert.Equal(At(2026, 11, 30, 11, 55), clock.DueAt(SlaLevel.Breach, Office));
    }

    [Fact]
    public void Time_before_opening_does_not_count()
    {
        Assert.Equal(At(2026, 12, 1, 10, 0), Office.Add(At(2026, 12, 1, 3, 0), TimeSpan.FromHours(2)));
        Assert.Equal(TimeSpan.Zero, Office.Between(At(2026, 12, 1, 3, 0), At(2026, 12, 1, 8, 0)));
    }

    [Fact]
    public void A_target_that_ends_exactly_at_closing_is_due_at_closing_not_next_morning()
    {
        Assert.Equal(At(2026, 11, 27, 18, 0), Office.Add(At(2026, 11, 27, 14, 0), TimeSpan.FromHours(4)));
        Assert.Equal(TimeSpan.Zero, Office.Between(At(2026, 11, 27, 18, 0), At(2026, 11, 30, 8, 0)));
        Assert.Equal(TimeSpan.FromMinutes(1), Office.Between(At(2026, 11, 27, 17, 59), At(2026, 11, 30, 8, 0)));
    }

    [Fact]
    public void The_lunch_break_does_not_count()
    {
        var withLunch = Calendar("UTC", Weekdays.SelectMany(d => new[] { new WorkingHours(d, new(9, 0), new(12, 0)), new WorkingHours(d, new(13, 0), new(17, 0)) }));
        Assert.Equal(At(2026, 12, 1, 14, 0), withLunch.Add(At(2026, 12, 1, 11, 0), TimeSpan.FromHours(2)));
        Assert.Equal(TimeSpan.FromHours(1), withLunch.Between(At(2026, 12, 1, 11, 30), At(2026, 12, 1, 13, 30)));
    }

    [Fact]
    public void A_holiday_Monday_pushes_the_due_time_to_Tuesday()
    {
        var withHoliday = Calendar("UTC", Weekdays.Select(d => new WorkingHours(d, new(8, 0), new(18, 0))), new Holiday(new DateOnly(2026, 11, 30), "Founders' day"));
        Assert.Equal(At(2026, 12, 1, 11, 55), withHoliday.Add(At(2026, 11, 27, 17, 55), TimeSpan.FromHours(4)));
    }

    [Fact]
    public void A_yearly_holiday_comes_back_every_year()
    {
        var christmas = Calendar("UTC", Weekdays.Select(d => new WorkingHours(d, new(8, 0), new(18, 0))), new Holiday(new DateOnly(2000, 12, 25), "Christmas", Yearly: true));

        // 25 December 2026 is a Friday, in 2028 a Monday.
        Assert.Equal(TimeSpan.Zero, christmas.Between(At(2026, 12, 25, 0, 0), At(2026, 12, 26, 0, 0)));
        Assert.Equal(TimeSpan.Zero, christmas.Between(At(2028, 12, 25, 0, 0), At(2028, 12, 26, 0, 0)));
        Assert.Equal(TimeSpan.FromHours(10), christmas.Between(At(2028, 12, 26, 0, 0), At(2028, 12, 27, 0, 0)));
    }

    [Fact]
    public void Office_hours_in_Paris_follow_local_time_across_the_spring_change()
    {
        var paris = Calendar("Europe/Paris", Weekdays.Select(d => new WorkingHours(d, new(9, 0), new(17, 0))));

        // Friday 27 March 2026 09:00 is 08:00 UTC (CET); Monday 30 March 09:00 is 07:00 UTC (CEST).
        Assert.Equal(At(2026, 3, 27, 8, 0), paris.Periods(At(2026, 3, 27, 0, 0), At(2026, 3, 28, 0, 0), 1)[0].Start);
        Assert.Equal(At(2026, 3, 30, 7, 0), paris.Periods(At(2026, 3, 28, 0, 0), At(2026, 3, 31, 0, 0), 1)[0].Start);

        // Two hours left on Friday (15:00–16:00 UTC), one more from Monday 07:00 UTC.
        Assert.Equal(At(2026, 3, 30, 8, 0), paris.Add(At(2026, 3, 27, 14, 0), TimeSpan.FromHours(3)));
    }

    [Theory]
    [InlineData("Europe/Paris", 2026, 3, 29, 23)]
    [InlineData("Europe/Paris", 2026, 10, 25, 25)]
    [InlineData("America/New_York", 2026, 3, 8, 23)]
    [InlineData("America/New_York", 2026, 11, 1, 25)]
    public void A_round_the_clock_local_calendar_counts_the_real_length_of_a_DST_day(string zone, int year, int month, int day, int hours)
    {
        var tz = NodaTime.DateTimeZoneProviders.Tzdb[zone];
        var start = new NodaTime.LocalDate(year, month, day).AtStartOfDayInZone(tz).ToDateTimeOffset();
        var end = new NodaTime.LocalDate(year, month, day).PlusDays(1).AtStartOfDayInZone(tz).ToDateTimeOffset();

        Assert.Equal(TimeSpan.FromHours(hours), AllDay(zone).Between(start, end));
    }

    [Theory]
    [InlineData(2026, 3, 28, 7)]
    [InlineData(2026, 10, 24, 9)]
    public void A_night_shift_across_the_DST_change_counts_the_hours_actually_worked(int year, int month, int day, int hours)
    {
        var nights = Calendar("Europe/Paris", Enum.GetValues<DayOfWeek>().Select(d => new WorkingHours(d, new(22, 0), new(6, 0))));
        var evening = new DateTimeOffset(year, month, day, 18, 0, 0, TimeSpan.Zero);

        Assert.Equal(TimeSpan.FromHours(hours), nights.Between(evening, evening.AddHours(16)));
    }

    [Fact]
    public void Pausing_while_pending_stops_the_count_inside_and_outside_working_hours()
    {
        var clock = SlaClock.Start(SlaClockKind.Resolution, TimeSpan.FromHours(20), At(2026, 11, 23, 10, 0))
            .Pause(At(2026, 11, 23, 11, 0), Office)   // Monday: one hour counted
            .Run(At(2026, 11, 24, 10, 0))             // Tuesday 10:00
            .Pause(At(2026, 11, 27, 16, 0), Office)   // Friday 16:00, inside hours
            .Run(At(2026, 11, 30, 9, 0));             // Monday 09:00, after the weekend

        var elapsedBefore = TimeSpan.FromHours(1) + TimeSpan.FromHours(8 + 10 + 10 + 8);
        Assert.Equal(elapsedBefore, clock.ElapsedBeforeRun);
        Assert.Equal(elapsedBefore + TimeSpan.FromHours(1), clock.ElapsedAt(At(2026, 11, 30, 10, 0), Office));
    }

    [Fact]
    public void A_policy_moved_from_24x7_to_business_hours_mid_flight_keeps_what_it_counted()
    {
        var allHours = ContinuousWorkingTime.Instance;
        var clock = SlaClock.Start(SlaClockKind.Resolution, TimeSpan.FromHours(8), At(2026, 11, 27, 12, 0));

        var moved = clock.Recount(At(2026, 11, 27, 16, 0), allHours);

        Assert.Equal(TimeSpan.FromHours(4), moved.ElapsedBeforeRun);
        Assert.Equal(TimeSpan.FromHours(4 + 2 + 1), moved.ElapsedAt(At(2026, 11, 30, 9, 0), Office));
        Assert.Equal(At(2026, 11, 30, 10, 0), moved.DueAt(SlaLevel.Breach, Office));

        var back = moved.Recount(At(2026, 11, 30, 9, 0), Office);
        Assert.Equal(At(2026, 11, 30, 10, 0), back.DueAt(SlaLevel.Breach, allHours));
    }

    [Fact]
    public void A_priority_raised_mid_flight_keeps_the_counted_time_and_brings_the_due_time_forward()
    {
        var clock = SlaClock.Start(SlaClockKind.Resolution, TimeSpan.FromHours(30), At(2026, 11, 27, 16, 0));
        var raised = clock.Retarget(TimeSpan.FromHours(4));

        Assert.Equal(clock.ElapsedAt(At(2026, 11, 30, 9, 0), Office), raised.ElapsedAt(At(2026, 11, 30, 9, 0), Office));
        Assert.Equal(At(2026, 11, 30, 10, 0), raised.DueAt(SlaLevel.Breach, Office));
    }

    [Fact]
    public void Adding_working_time_and_measuring_it_back_agree_for_random_instants()
    {
        var random = new Random(20261123);
        var calendars = new[]
        {
            Office,
            Calendar("Europe/Paris", Enum.GetValues<DayOfWeek>().Select(d => new WorkingHours(d, new(22, 0), new(6, 0)))),
            AllDay("America/New_York"),
            Calendar("Asia/Kolkata", Weekdays.SelectMany(d => new[] { new WorkingHours(d, new(9, 30), new(13, 0)), new WorkingHours(d, new(14, 0), new(18, 30)) }),
                new Holiday(new DateOnly(2000, 1, 26), "Republic Day", Yearly: true)),
        };
        foreach (var calendar in calendars)
        {
            for (var i = 0; i < 300; i++)
            {
                var from = At(2025, 1, 1, 0, 0).AddMinutes(random.Next(0, 2 * 366 * 24 * 60));
                var work = TimeSpan.FromMinutes(random.Next(1, 200 * 60));
                var due = calendar.Add(from, work);
                Assert.Equal(work, calendar.Between(from, due));
                Assert.True(calendar.Between(from, due.AddMinutes(-1)) < work, $"{calendar.Calendar.TimeZone} {from:O} + {work}: due too late");
            }
        }
    }

    [Fact]
    public void A_target_of_a_whole_year_of_working_time_is_found()
    {
        var from = At(2026, 1, 5, 8, 0);
        var due = Office.Add(from, TimeSpan.FromDays(366));

        Assert.Equal(TimeSpan.FromDays(366), Office.Between(from, due));
        Assert.True(due > from.AddYears(3));
    }

    [Fact]
    public void The_board_gets_the_periods_in_which_a_clock_counts()
    {
        var periods = Office.Periods(At(2026, 11, 27, 17, 0), At(2026, 12, 1, 0, 0), 10);

        Assert.Equal([new CountingPeriod(At(2026, 11, 27, 17, 0), At(2026, 11, 27, 18, 0)), new CountingPeriod(At(2026, 11, 30, 8, 0), At(2026, 11, 30, 18, 0))], periods);
    }
}
