using System.Globalization;

namespace ItsmOrleans.Domain.Reports;

/// <summary>The backlog day by day: the count at the start of the range plus each day's net change, days without change included.</summary>
public static class BacklogSeries
{
    /// <summary>Longest range a day-by-day series is drawn for.</summary>
    public const int MaxDays = 3660;

    public static IReadOnlyList<BacklogPoint> Daily(DateTimeOffset from, DateTimeOffset to, long atStart, IReadOnlyDictionary<string, long> netChangeByDay)
    {
        ArgumentNullException.ThrowIfNull(netChangeByDay);
        var points = new List<BacklogPoint>();
        var open = atStart;
        var last = DateOnly.FromDateTime(to.UtcDateTime.AddTicks(-1));
        for (var day = DateOnly.FromDateTime(from.UtcDateTime); day <= last && points.Count < MaxDays; day = day.AddDays(1))
        {
            open += netChangeByDay.GetValueOrDefault(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            points.Add(new BacklogPoint(day, open));
        }

        return points;
    }
}
