using ItsmOrleans.LoadTest.Scenarios;

namespace ItsmOrleans.LoadTest.Runs;

/// <summary>
/// Runs a scenario as an open model: each operation starts at its intended time whether or not earlier ones have
/// answered. At most <see cref="RunOptions.MaxInFlight"/> run at once; one due beyond that is not sent and counted,
/// so a hub that falls behind shows as errors and latency, never as a quietly lower rate.
/// </summary>
public static class OpenLoopRunner
{
    public static async Task Run(IScenario scenario, RunContext context, Action<RunProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(context);
        var options = context.Options;
        var end = options.WarmUp + options.Duration;
        var arrivals = scenario.Arrivals ?? Schedule(options);
        var inFlight = 0;
        using var ticker = new PeriodicTimer(TimeSpan.FromSeconds(1));
        context.Restart();
        var reporting = progress is null ? Task.CompletedTask : Report(ticker, context, () => Volatile.Read(ref inFlight), progress);

        long index = 0;
        foreach (var due in arrivals)
        {
            if (due >= end || cancellationToken.IsCancellationRequested)
            {
                break;
            }

            await WaitUntil(context, due, cancellationToken);
            context.Measurements.Due(due);
            if (Interlocked.Increment(ref inFlight) > options.MaxInFlight)
            {
                Interlocked.Decrement(ref inFlight);
                context.Measurements.NotSent(scenario.Name, due);
                continue;
            }

            _ = Execute(scenario, context, index++, due, () => Interlocked.Decrement(ref inFlight));
        }

        // Let what is in flight finish (each has its own timeout), then stop reporting.
        var deadline = context.Elapsed + options.Timeout + TimeSpan.FromSeconds(1);
        while (Volatile.Read(ref inFlight) > 0 && context.Elapsed < deadline)
        {
            await Task.Delay(20, CancellationToken.None);
        }

        ticker.Dispose();
        await reporting;
    }

    private static IEnumerable<TimeSpan> Schedule(RunOptions options)
    {
        var schedule = new ArrivalSchedule(options.Rate, options.Arrivals, options.Seed);
        while (true)
        {
            yield return schedule.Next();
        }
    }

    private static async Task Execute(IScenario scenario, RunContext context, long index, TimeSpan due, Action finished)
    {
        var sent = context.Elapsed;
        string operation = scenario.Name;
        string? error;
        using var timeout = new CancellationTokenSource(context.Options.Timeout);
        try
        {
            (operation, error) = await scenario.Execute(index, due, timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            error = "timeout";
        }
        catch (Exception exception)
        {
            error = exception.GetType().Name;
        }

        var ended = context.Elapsed;
        context.Measurements.Done(operation, due, ended, ended - sent, error);
        finished();
    }

    /// <summary>Sleeps until the operation is due; an operation already late is sent at once.</summary>
    private static async Task WaitUntil(RunContext context, TimeSpan due, CancellationToken cancellationToken)
    {
        var wait = due - context.Elapsed;
        if (wait > TimeSpan.FromMilliseconds(1))
        {
            await Task.Delay(wait, cancellationToken);
        }
    }

    private static async Task Report(PeriodicTimer ticker, RunContext context, Func<int> inFlight, Action<RunProgress> progress)
    {
        while (await ticker.WaitForNextTickAsync())
        {
            progress(RunProgress.Of(context, inFlight()));
        }
    }
}
