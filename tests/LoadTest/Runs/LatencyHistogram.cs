using HdrHistogram;

namespace ItsmOrleans.LoadTest.Runs;

/// <summary>An HdrHistogram of latencies in microseconds (1 µs to 10 min, 3 significant digits), safe to record from many threads.</summary>
public sealed class LatencyHistogram
{
    private static readonly long Highest = (long)TimeSpan.FromMinutes(10).TotalMicroseconds;
    private readonly LongHistogram _histogram = new(1, Highest, 3);
    private readonly Lock _gate = new();

    public long Count
    {
        get
        {
            lock (_gate)
            {
                return _histogram.TotalCount;
            }
        }
    }

    public void Record(TimeSpan latency)
    {
        var micros = Math.Clamp((long)latency.TotalMicroseconds, 1, Highest);
        lock (_gate)
        {
            _histogram.RecordValue(micros);
        }
    }

    /// <summary>The percentiles reports give, in milliseconds; null when nothing was recorded.</summary>
    public LatencySummary? Summary()
    {
        lock (_gate)
        {
            if (_histogram.TotalCount == 0)
            {
                return null;
            }

            double At(double percentile) => _histogram.GetValueAtPercentile(percentile) / 1000.0;
            return new LatencySummary(_histogram.TotalCount, At(50), At(90), At(99), At(99.9), _histogram.GetMaxValue() / 1000.0, _histogram.GetMean() / 1000.0);
        }
    }
}

/// <summary>Latency percentiles in milliseconds.</summary>
public sealed record LatencySummary(long Count, double P50, double P90, double P99, double P999, double Max, double Mean);
