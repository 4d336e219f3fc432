using ItsmOrleans.LoadTest.Runs;

namespace ItsmOrleans.Web.Tests.LoadTool;

/// <summary>The load-test tool's arithmetic: arrivals fixed by the rate and seed, latency from the intended start, warm-up left out.</summary>
public class OpenModelTests
{
    [Fact]
    public void Constant_arrivals_are_evenly_spaced_at_the_rate()
    {
        var schedule = new ArrivalSchedule(250, ArrivalKind.Constant, seed: 1);
        var offsets = Enumerable.Range(0, 5).Select(_ => schedule.Next().TotalMilliseconds).ToList();
        Assert.Equal([0, 4, 8, 12, 16], offsets);
    }

    [Fact]
    public void Poisson_arrivals_average_the_rate_and_the_same_seed_gives_the_same_run()
    {
        static List<TimeSpan> Run(int seed)
        {
            var schedule = new ArrivalSchedule(100, ArrivalKind.Poisson, seed);
            return [.. Enumerable.Range(0, 10_000).Select(_ => schedule.Next())];
        }

        var first = Run(42);
        Assert.Equal(first, Run(42));
        Assert.NotEqual(first, Run(43));
        Assert.InRange(first[^1].TotalSeconds, 95, 105);
    }

    [Fact]
    public void Latency_counts_from_the_intended_start_so_waiting_behind_a_stall_shows()
    {
        var measurements = new Measurements(warmUp: TimeSpan.Zero);
        // Due at 0 ms, 10 ms and 20 ms; the hub stalled until 1 s and answered all three at once.
        foreach (var due in new[] { 0, 10, 20 })
        {
            measurements.Due(TimeSpan.FromMilliseconds(due));
            measurements.Done("op", TimeSpan.FromMilliseconds(due), TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(5), error: null);
        }

        var latency = measurements.Operations["op"].Latency.Summary()!;
        var service = measurements.Operations["op"].ServiceTime.Summary()!;
        Assert.InRange(latency.P50, 985, 995);
        Assert.InRange(latency.Max, 995, 1005);
        Assert.InRange(service.Max, 4.9, 5.1);
    }

    [Fact]
    public void What_falls_in_the_warm_up_stays_out_of_the_totals_and_errors_are_counted_by_type()
    {
        var measurements = new Measurements(warmUp: TimeSpan.FromSeconds(2));
        measurements.Due(TimeSpan.FromSeconds(1));
        measurements.Done("op", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(0.5), "HTTP 503 unavailable");
        measurements.Due(TimeSpan.FromSeconds(3));
        measurements.Done("op", TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(3.01), TimeSpan.FromSeconds(0.01), "HTTP 429 too many requests");
        measurements.NotSent("op", TimeSpan.FromSeconds(3.5));
        measurements.Pushed("board", TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(900));
        measurements.Pushed("board", TimeSpan.FromSeconds(4), TimeSpan.FromMilliseconds(30));

        Assert.Equal(1, measurements.Intended);
        Assert.Equal(2, measurements.Operations["op"].Failed);
        Assert.Equal(new Dictionary<string, long> { ["HTTP 429 too many requests"] = 1, ["not sent: tool in-flight limit"] = 1 }, measurements.Errors);
        Assert.Equal(1, measurements.Pushes["board"].Count);
        Assert.True(measurements.Timeline[1].WarmUp);
        Assert.False(measurements.Timeline[3].WarmUp);
    }
}
