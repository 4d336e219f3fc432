using ItsmOrleans.Contracts.Services;
using NodaTime;
using NodaTime.Extensions;
using NodaTime.TimeZones;

namespace ItsmOrleans.Domain.Services;

/// <summary>
/// Turns a maintenance schedule into concrete periods. Weekly windows open at their local time in their own time zone:
/// across a DST change the local opening time holds; an opening time that does not exist that day (clocks jump past it)
/// is shifted forward by the length of the jump (02:30 becomes 03:30), and one that occurs twice (clocks fall back)
/// takes the first. The duration is elapsed time, so a 4-hour window lasts 4 hours even across the change.
/// </summary>
public static class MaintenanceCalendar
{
    /// <summary>Every period of the schedule overlapping [<paramref name="from"/>, <paramref name="to"/>), by start.</summary>
    public static IReadOnlyList<MaintenancePeriod> Periods(MaintenanceSchedule schedule, DateTimeOffset from, DateTimeOffset to)
    {
        var periods = schedule.OneOff
            .Where(w => w.Start < to && from < w.End)
            .Select(w => new MaintenancePeriod(w.Start, w.End))
            .ToList();
        foreach (var window in schedule.Weekly)
        {
            var zone = DateTimeZoneProviders.Tzdb[window.TimeZone];

            // Start a week early so a long window opened before "from" is found too.
            var day = Instant.FromDateTimeOffset(from).InZone(zone).Date.PlusDays(-7 - window.Duration.Days);
            var last = Instant.FromDateTimeOffset(to).InZone(zone).Date;
            while (day.DayOfWeek != window.Day.ToIsoDayOfWeek())
            {
                day = day.PlusDays(1);
            }

            for (; day <= last; day = day.PlusDays(7))
            {
                var opens = zone.ResolveLocal(day + LocalTime.FromTimeOnly(window.Start), Resolvers.LenientResolver).ToDateTimeOffset();
                var closes = opens + window.Duration;
                if (opens < to && from < closes)
                {
                    periods.Add(new MaintenancePeriod(opens, closes));
                }
            }
        }

        return [.. periods.OrderBy(p => p.Start)];
    }

    /// <summary>Whether [<paramref name="start"/>, <paramref name="end"/>) lies inside one single period of the schedule.</summary>
    public static bool Covers(MaintenanceSchedule schedule, DateTimeOffset start, DateTimeOffset end) =>
        Periods(schedule, start, end).Any(p => p.Start <= start && end <= p.End);

    public static bool IsOpen(MaintenanceSchedule schedule, DateTimeOffset at) => Covers(schedule, at, at.AddTicks(1));

    /// <summary>The period open at <paramref name="at"/>, else the next one to open within <paramref name="horizon"/>; null if none.</summary>
    public static MaintenancePeriod? CurrentOrNext(MaintenanceSchedule schedule, DateTimeOffset at, TimeSpan horizon) =>
        Periods(schedule, at, at + horizon).FirstOrDefault(p => p.End > at);
}
