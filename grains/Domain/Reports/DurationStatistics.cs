namespace ItsmOrleans.Domain.Reports;

/// <summary>
/// Mean and percentiles of durations (time to acknowledge, time to resolve) from a histogram of whole minutes:
/// the mean is exact (from the total), the median and 90th percentile are exact to the minute (nearest rank).
/// </summary>
public sealed record DurationStatistics(long Count, double? MeanMinutes, long? MedianMinutes, long? P90Minutes)
{
    public static DurationStatistics From(IEnumerable<(long Minute, long Count)> histogram, long totalSeconds)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        var buckets = histogram.Where(b => b.Count > 0).OrderBy(b => b.Minute).ToList();
        var count = buckets.Sum(b => b.Count);
        if (count == 0)
        {
            return new DurationStatistics(0, null, null, null);
        }

        return new DurationStatistics(
            count,
            Math.Round(totalSeconds / 60.0 / count, 1),
            Percentile(buckets, count, 0.5),
            Percentile(buckets, count, 0.9));
    }

    /// <summary>The smallest minute at or below which at least <paramref name="share"/> of the durations fall.</summary>
    public static long Percentile(IReadOnlyList<(long Minute, long Count)> sortedBuckets, long count, double share)
    {
        ArgumentNullException.ThrowIfNull(sortedBuckets);
        var rank = Math.Max(1, (long)Math.Ceiling(share * count));
        var seen = 0L;
        foreach (var (minute, n) in sortedBuckets)
        {
            seen += n;
            if (seen >= rank)
            {
                return minute;
            }
        }

        return sortedBuckets[^1].Minute;
    }
}
