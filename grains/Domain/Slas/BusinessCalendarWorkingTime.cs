using ItsmOrleans.Contracts.Slas;
using NodaTime;
using NodaTime.Extensions;
using NodaTime.TimeZones;

namespace ItsmOrleans.Domain.Slas;

/// <summary>
/// Working time of a business calendar. Each working stretch is placed on its local date in the calendar's time zone and
/// turned into instants: a local time skipped by a DST change moves forward by the jump, a repeated one takes the first
/// occurrence, and a stretch counts its real length. A holiday removes the stretches that start on it. The maths walks
/// stretch by stretch, never minute by minute.
/// </summary>
public sealed class BusinessCalendarWorkingTime : IWorkingTime
{
    /// <summary>How far the walk may go looking for working time (ten years); policies are checked to fit in it.</summary>
    private const int MaxDays = 10 * 366 + 14;

    private readonly BusinessCalendar _calendar;
    private readonly DateTimeZone _zone;
    private readonly ILookup<IsoDayOfWeek, WorkingHours> _byDay;

    public BusinessCalendarWorkingTime(BusinessCalendar calendar)
    {
        _calendar = calendar;
        _zone = DateTimeZoneProviders.Tzdb[calendar.TimeZone];
        _byDay = calendar.Hours.ToLookup(h => h.Day.ToIsoDayOfWeek());
    }

    public BusinessCalendar Calendar => _calendar;

    public TimeSpan Between(DateTimeOffset from, DateTimeOffset to)
    {
        var total = TimeSpan.Zero;
        if (to <= from)
        {
            return total;
        }

        foreach (var (start, end) in Stretches(from))
        {
            if (start >= to)
            {
                break;
            }

            total += Min(end, to) - Max(start, from);
        }

        return total;
    }

    public DateTimeOffset Add(DateTimeOffset from, TimeSpan workingTime)
    {
        if (workingTime <= TimeSpan.Zero)
        {
            return from;
        }

        var left = workingTime;
        foreach (var (start, end) in Stretches(from))
        {
            var begin = Max(start, from);
            if (end - begin >= left)
            {
                return begin + left;
            }

            left -= end - begin;
        }

        throw new InvalidOperationException($"Calendar '{_calendar.Id}' has no working time left within {MaxDays} days.");
    }

    public IReadOnlyList<CountingPeriod> Periods(DateTimeOffset from, DateTimeOffset until, int limit)
    {
        var periods = new List<CountingPeriod>();
        foreach (var (start, end) in Stretches(from))
        {
            if (start >= until || periods.Count >= limit)
            {
                break;
            }

            periods.Add(new CountingPeriod(Max(start, from), end));
        }

        return periods;
    }

    /// <summary>
    /// The working stretches that end after <paramref name="from"/>, in order and without overlap (a DST change can make
    /// two touch or overlap by the length of the jump). Starts the day before, for an overnight stretch begun yesterday.
    /// </summary>
    private IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> Stretches(DateTimeOffset from)
    {
        var day = Instant.FromDateTimeOffset(from).InZone(_zone).Date.PlusDays(-1);
        var covered = DateTimeOffset.MinValue;
        for (var i = 0; i < MaxDays; i++, day = day.PlusDays(1))
        {
            foreach (var (start, end) in StretchesStartingOn(day))
            {
                var begin = Max(start, covered);
                if (end <= from || end <= begin)
                {
                    continue;
                }

                covered = end;
                yield return (begin, end);
            }
        }
    }

    private IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> StretchesStartingOn(LocalDate day)
    {
        var date = new DateOnly(day.Year, day.Month, day.Day);
        if (_calendar.Holidays.Any(h => h.Falls(date)))
        {
            return [];
        }

        return _byDay[day.DayOfWeek]
            .OrderBy(h => h.Start)
            .Select(h =>
            {
                var start = Resolve(day + LocalTime.FromTimeOnly(h.Start));
                var endDay = h.End <= h.Start ? day.PlusDays(1) : day;
                return (start, Resolve(endDay + LocalTime.FromTimeOnly(h.End)));
            });
    }

    private DateTimeOffset Resolve(LocalDateTime local) => _zone.ResolveLocal(local, Resolvers.LenientResolver).ToDateTimeOffset();

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
