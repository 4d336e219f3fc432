using ItsmOrleans.Contracts.Escalations;
using ItsmOrleans.Contracts.Slas;
using NodaTime;
using NodaTime.Extensions;

namespace ItsmOrleans.Domain.Escalations;

/// <summary>
/// Who is on call: an override covering the moment wins (the latest added first); otherwise the last layer that has
/// someone on call then. In a layer, users take turns from its start; whole-day turns hand off at the same local time
/// every day (daylight-saving changes keep the wall-clock time), shorter turns every fixed length of time.
/// </summary>
public static class OnCallRotation
{
    private const int MaxSteps = 1000;

    public static OnCallShift At(DefineOnCallSchedule schedule, IReadOnlyList<OnCallOverride> overrides, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(overrides);
        var zone = DateTimeZoneProviders.Tzdb[schedule.TimeZone];
        var now = Who(schedule, zone, overrides, at);
        var cursor = at;
        for (var step = 0; step < MaxSteps && NextBoundary(schedule, zone, overrides, cursor) is { } boundary; step++)
        {
            if (Who(schedule, zone, overrides, boundary) != now)
            {
                return new OnCallShift(at, now.User, now.Layer, now.Override, boundary);
            }

            cursor = boundary;
        }

        return new OnCallShift(at, now.User, now.Layer, now.Override, null);
    }

    /// <summary>Who takes over when <paramref name="now"/> ends (from its <c>Until</c>); null when nothing ahead changes who is on call.</summary>
    public static OnCallShift? Next(DefineOnCallSchedule schedule, IReadOnlyList<OnCallOverride> overrides, OnCallShift now)
    {
        ArgumentNullException.ThrowIfNull(now);
        return now.Until is { } handOff ? At(schedule, overrides, handOff) : null;
    }

    private static (string? User, string? Layer, bool Override) Who(DefineOnCallSchedule schedule, DateTimeZone zone, IReadOnlyList<OnCallOverride> overrides, DateTimeOffset at)
    {
        if (overrides.LastOrDefault(o => o.Start <= at && at < o.End) is { } cover)
        {
            return (cover.User, null, true);
        }

        for (var i = schedule.Layers.Count - 1; i >= 0; i--)
        {
            var layer = schedule.Layers[i];
            if (layer.Users.Count > 0 && Covers(layer.Restrictions, zone, at) && TurnAt(layer, zone, at) is { } turn)
            {
                return (layer.Users[(int)(turn % layer.Users.Count)], layer.Name, false);
            }
        }

        return (null, null, false);
    }

    /// <summary>The turn (0 for the first) a layer is in at a moment; null before the layer starts.</summary>
    private static long? TurnAt(OnCallLayer layer, DateTimeZone zone, DateTimeOffset at)
    {
        var start = LocalDateTime.FromDateTime(layer.Start);
        if (WholeDays(layer.TurnLength) is { } days)
        {
            var local = Instant.FromDateTimeOffset(at).InZone(zone).LocalDateTime;
            return local < start ? null : Period.Between(start, local, PeriodUnits.Days).Days / days;
        }

        var elapsed = at - start.InZoneLeniently(zone).ToDateTimeOffset();
        return elapsed < TimeSpan.Zero ? null : elapsed.Ticks / layer.TurnLength.Ticks;
    }

    private static DateTimeOffset HandOff(OnCallLayer layer, DateTimeZone zone, long turn)
    {
        var start = LocalDateTime.FromDateTime(layer.Start);
        return WholeDays(layer.TurnLength) is { } days
            ? start.PlusDays((int)(turn * days)).InZoneLeniently(zone).ToDateTimeOffset()
            : start.InZoneLeniently(zone).ToDateTimeOffset() + TimeSpan.FromTicks(layer.TurnLength.Ticks * turn);
    }

    private static int? WholeDays(TimeSpan turn) => turn.Ticks % TimeSpan.TicksPerDay == 0 ? (int)(turn.Ticks / TimeSpan.TicksPerDay) : null;

    /// <summary>The next moment after <paramref name="after"/> at which anything of the schedule starts or ends.</summary>
    private static DateTimeOffset? NextBoundary(DefineOnCallSchedule schedule, DateTimeZone zone, IReadOnlyList<OnCallOverride> overrides, DateTimeOffset after)
    {
        var candidates = new List<DateTimeOffset>();
        candidates.AddRange(overrides.SelectMany(o => new[] { o.Start, o.End }).Where(t => t > after));
        foreach (var layer in schedule.Layers)
        {
            var next = TurnAt(layer, zone, after) is { } turn ? turn + 1 : 0;
            candidates.Add(HandOff(layer, zone, next));
            candidates.AddRange(StretchEdges(layer.Restrictions, zone, after));
        }

        return candidates.Where(t => t > after).Order().Cast<DateTimeOffset?>().FirstOrDefault();
    }

    private static bool Covers(IReadOnlyList<WorkingHours>? restrictions, DateTimeZone zone, DateTimeOffset at)
    {
        if (restrictions is not { Count: > 0 })
        {
            return true;
        }

        var local = Instant.FromDateTimeOffset(at).InZone(zone).LocalDateTime;
        return Stretches(restrictions, local.Date.PlusDays(-1), local.Date).Any(s => s.Start <= local && local < s.End);
    }

    private static IEnumerable<DateTimeOffset> StretchEdges(IReadOnlyList<WorkingHours>? restrictions, DateTimeZone zone, DateTimeOffset after)
    {
        if (restrictions is not { Count: > 0 })
        {
            return [];
        }

        var date = Instant.FromDateTimeOffset(after).InZone(zone).Date;
        return Stretches(restrictions, date.PlusDays(-1), date.PlusDays(8))
            .SelectMany(s => new[] { s.Start, s.End })
            .Select(t => t.InZoneLeniently(zone).ToDateTimeOffset())
            .Where(t => t > after);
    }

    /// <summary>The restriction stretches that start on the days from <paramref name="first"/> to <paramref name="last"/>, in local time.</summary>
    private static IEnumerable<(LocalDateTime Start, LocalDateTime End)> Stretches(IReadOnlyList<WorkingHours> restrictions, LocalDate first, LocalDate last)
    {
        for (var date = first; date <= last; date = date.PlusDays(1))
        {
            foreach (var hours in restrictions.Where(h => h.Day == date.DayOfWeek.ToDayOfWeek()))
            {
                var start = date + LocalTime.FromTimeOnly(hours.Start);
                var end = (hours.End > hours.Start ? date : date.PlusDays(1)) + LocalTime.FromTimeOnly(hours.End);
                yield return (start, end);
            }
        }
    }
}
