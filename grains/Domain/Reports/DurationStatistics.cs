namespace ItsmOrleans.Domain.Reports;

/// <summary>
/// Mean, median and 90th percentile of durations (time to acknowledge, time to resolve) measured in whole seconds,
/// from a histogram of seconds. The percentiles interpolate linearly between the two nearest ranks (Excel's
/// PERCENTILE.INC), so the median of an even count is the mean of the middle two. Each figure is rounded once, at the
/// end, to minutes with one decimal (halves away from zero).
/// </summary>
public sealed record DurationStatistics(long Count, double? MeanMinutes, double? MedianMinutes, double? P90Minutes)
{
    public static DurationStatistics From(IEnumerable<(long Seconds, long Count)> histogram)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        var buckets = histogram.Where(b => b.Count > 0).GroupBy(b => b.Seconds)
            .Select(g => (Seconds: g.Key, Count: g.Sum(b => b.Count))).OrderBy(b => b.Seconds).ToList();
        var count = buckets.Sum(b => b.Count);
        if (count == 0)
        {
            return new DurationStatistics(0, null, null, null);
        }

        var totalSeconds = buckets.Sum(b => (decimal)b.Seconds * b.Count);
        return new DurationStatistics(
            count,
            Minutes(totalSeconds / count),
            Minutes(PercentileSeconds(buckets, count, 0.5m)),
            Minutes(PercentileSeconds(buckets, count, 0.9m)));
    }

    /// <summary>The <paramref name="share"/> percentile in seconds: rank (count − 1) × share, between two ranks linearly.</summary>
    public static decimal PercentileSeconds(IReadOnlyList<(long Seconds, long Count)> sortedBuckets, long count, decimal share)
    {
        ArgumentNullException.ThrowIfNull(sortedBuckets);
        var position = (count - 1) * share;
        var lower = (long)decimal.Floor(position);
        var below = SecondsAtRank(sortedBuckets, lower);
        var above = SecondsAtRank(sortedBuckets, Math.Min(lower + 1, count - 1));
        return below + (above - below) * (position - lower);
    }

    /// <summary>The duration at a zero-based rank of the sorted durations.</summary>
    private static long SecondsAtRank(IReadOnlyList<(long Seconds, long Count)> sortedBuckets, long rank)
    {
        var seen = 0L;
        foreach (var (seconds, n) in sortedBuckets)
        {
            seen += n;
            if (seen > rank)
            {
                return seconds;
            }
        }

        return sortedBuckets[^1].Seconds;
    }

    /// <summary>In decimal, so that 57 s reads 1.0 min and not 0.9 (57 / 60 is just under 0.95 in binary).</summary>
    private static double Minutes(decimal seconds) => (double)Math.Round(seconds / 60, 1, MidpointRounding.AwayFromZero);
}
