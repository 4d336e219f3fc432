using ItsmOrleans.LoadTest.Runs;

namespace ItsmOrleans.LoadTest.Reports;

/// <summary>What a run intended and achieved, as written to report.json and summarised in report.md.</summary>
public sealed record RunReport(
    string Scenario,
    string Description,
    string Url,
    DateTimeOffset StartedAt,
    string Machine,
    int Seed,
    string Arrivals,
    double WarmUpSeconds,
    double DurationSeconds,
    int MaxInFlight,
    double TargetRate,
    long Intended,
    double IntendedRate,
    long Succeeded,
    double AchievedRate,
    long Failed,
    IReadOnlyList<OperationReport> Operations,
    IReadOnlyList<PushReport> Pushes,
    IReadOnlyDictionary<string, long> Errors,
    IReadOnlyList<SecondReport> Timeline,
    double ToolCpuShare)
{
    /// <param name="targetRate">The rate the run aimed at; for a replay, what its file intended.</param>
    public static RunReport From(IScenarioDescription scenario, RunContext context, DateTimeOffset startedAt, double? targetRate = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(context);
        var options = context.Options;
        var measured = context.Measurements;
        var operations = measured.Operations
            .Select(o => new OperationReport(o.Key, o.Value.Ok, o.Value.Failed, o.Value.Latency.Summary(), o.Value.ServiceTime.Summary()))
            .OrderByDescending(o => o.Succeeded + o.Failed).ToList();
        var succeeded = operations.Sum(o => o.Succeeded);
        var seconds = options.Duration.TotalSeconds;
        return new RunReport(
            scenario.Name, scenario.Description, options.Url.ToString(), startedAt,
            $"{Environment.MachineName}, {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}",
            options.Seed, options.Arrivals.ToString().ToLowerInvariant(), options.WarmUp.TotalSeconds, seconds, options.MaxInFlight,
            targetRate ?? measured.Intended / seconds, measured.Intended, measured.Intended / seconds, succeeded, succeeded / seconds, operations.Sum(o => o.Failed),
            operations,
            [.. measured.Pushes.Select(p => new PushReport(p.Key, p.Value.Summary()))],
            measured.Errors,
            [.. measured.Timeline.Select(s => new SecondReport(s.Second, s.WarmUp, s.Intended, s.Completed, s.Errors, s.Latency.Summary(), s.Pushes.Summary()))],
            Math.Round(context.ToolCpuShare, 3));
    }
}

/// <summary>What a scenario says about itself in a report.</summary>
public interface IScenarioDescription
{
    string Name { get; }

    string Description { get; }
}

/// <param name="Latency">From the intended start of each successful operation (corrected for coordinated omission).</param>
/// <param name="ServiceTime">From the moment each successful operation was sent.</param>
public sealed record OperationReport(string Name, long Succeeded, long Failed, LatencySummary? Latency, LatencySummary? ServiceTime);

/// <param name="Latency">From the timestamp inside each change to its arrival at a live client.</param>
public sealed record PushReport(string Stream, LatencySummary? Latency);

public sealed record SecondReport(int Second, bool WarmUp, long Intended, long Completed, long Errors, LatencySummary? Latency, LatencySummary? Pushes);
