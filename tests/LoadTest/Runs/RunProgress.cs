namespace ItsmOrleans.LoadTest.Runs;

/// <summary>How a run stands, once a second: what was due and done so far, and the last full second's latencies.</summary>
public sealed record RunProgress(TimeSpan Elapsed, bool WarmingUp, long Due, long Done, long Errors, int InFlight, double DoneLastSecond, LatencySummary? LastSecond, LatencySummary? PushesLastSecond)
{
    public static RunProgress Of(RunContext context, int inFlight)
    {
        ArgumentNullException.ThrowIfNull(context);
        var timeline = context.Measurements.Timeline;
        var last = timeline.Count >= 2 ? timeline[^2] : timeline.Count == 1 ? timeline[0] : null;
        var elapsed = context.Elapsed;
        return new RunProgress(
            elapsed, elapsed < context.Options.WarmUp, timeline.Sum(s => s.Intended), timeline.Sum(s => s.Completed), timeline.Sum(s => s.Errors), inFlight,
            last?.Completed ?? 0, last?.Latency.Summary(), last?.Pushes.Summary());
    }
}
