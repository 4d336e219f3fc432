using ItsmOrleans.LoadTest.Reports;
using ItsmOrleans.LoadTest.Runs;
using ItsmOrleans.LoadTest.Scenarios;
using Spectre.Console;

namespace ItsmOrleans.LoadTest;

/// <summary>`run &lt;scenario&gt;`: prepares the scenario, runs it as an open model with live progress, and writes the report.</summary>
public static class RunCommand
{
    public static readonly IReadOnlyList<string> Scenarios = ["steady", "alert-storm", "replay", "board-fanout", "collaboration", "mix", "search"];

    public static async Task<int> Run(string name, string[] args)
    {
        var options = RunOptions.Parse(args);
        await using var scenario = Create(name, options);
        using var context = new RunContext(options);
        AnsiConsole.MarkupLine($"[grey]Preparing[/] {Markup.Escape(name)} against {Markup.Escape(options.Url.ToString())} …");
        await scenario.Prepare(context);
        var startedAt = DateTimeOffset.UtcNow;
        await RunWithProgress(scenario, context);
        var report = RunReport.From(scenario, context, startedAt, scenario.Arrivals is null ? options.Rate : null);
        await ReportWriter.Write(report, options.Output);
        Summarise(report, options.Output);
        return 0;
    }

    /// <summary>Runs a scenario and writes its report without a terminal: for tests and scripts.</summary>
    public static async Task<RunReport> RunQuietly(string name, RunOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        await using var scenario = Create(name, options);
        using var context = new RunContext(options);
        await scenario.Prepare(context);
        var startedAt = DateTimeOffset.UtcNow;
        await OpenLoopRunner.Run(scenario, context);
        var report = RunReport.From(scenario, context, startedAt, scenario.Arrivals is null ? options.Rate : null);
        await ReportWriter.Write(report, options.Output);
        return report;
    }

    private static IScenario Create(string name, RunOptions options) => name switch
    {
        "steady" => new SteadyIncidents(),
        "alert-storm" => new AlertStorm(),
        "replay" => new AlertStorm(AlertStorm.Load(options.Replay ?? throw new ArgumentException("replay needs --replay <storm file>."))),
        "board-fanout" => new BoardFanOut(),
        "collaboration" => new Collaboration(),
        "mix" => new Mix(),
        "search" => new SearchQueries(),
        _ => throw new ArgumentException($"Unknown scenario '{name}'. Use one of: {string.Join(", ", Scenarios)}."),
    };

    private static async Task RunWithProgress(IScenario scenario, RunContext context)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive)
        {
            await OpenLoopRunner.Run(scenario, context, p => Console.WriteLine(Line(p)));
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumns("elapsed", "due", "done", "done/s", "in flight", "errors", "p50 ms", "p99 ms", "live p99 ms");
        await AnsiConsole.Live(table).StartAsync(async live =>
            await OpenLoopRunner.Run(scenario, context, p =>
            {
                table.Rows.Clear();
                table.AddRow(
                    $"{p.Elapsed.TotalSeconds:0}s{(p.WarmingUp ? " (warm-up)" : "")}", N(p.Due), N(p.Done), N((long)p.DoneLastSecond), N(p.InFlight),
                    p.Errors == 0 ? "0" : $"[red]{N(p.Errors)}[/]", Ms(p.LastSecond?.P50), Ms(p.LastSecond?.P99), Ms(p.PushesLastSecond?.P99));
                live.Refresh();
            }));
    }

    private static string Line(RunProgress p) => string.Create(CultureInfo.InvariantCulture,
        $"{p.Elapsed.TotalSeconds,5:0}s{(p.WarmingUp ? " warm-up" : "        ")} due {p.Due,8} done {p.Done,8} ({p.DoneLastSecond,6:0}/s) in flight {p.InFlight,5} errors {p.Errors,6} p50 {Ms(p.LastSecond?.P50),7} p99 {Ms(p.LastSecond?.P99),7} live p99 {Ms(p.PushesLastSecond?.P99),7}");

    private static void Summarise(RunReport report, string folder)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"{report.Scenario}: intended {report.IntendedRate:0.#}/s, achieved {report.AchievedRate:0.#}/s")
            .AddColumns("measured", "n", "p50 ms", "p90 ms", "p99 ms", "p99.9 ms", "max ms");
        foreach (var o in report.Operations.Where(o => o.Latency is not null))
        {
            table.AddRow(Markup.Escape(o.Name), N(o.Succeeded), Ms(o.Latency!.P50), Ms(o.Latency.P90), Ms(o.Latency.P99), Ms(o.Latency.P999), Ms(o.Latency.Max));
        }

        foreach (var p in report.Pushes.Where(p => p.Latency is not null))
        {
            table.AddRow(Markup.Escape($"{p.Stream} (live)"), N(p.Latency!.Count), Ms(p.Latency.P50), Ms(p.Latency.P90), Ms(p.Latency.P99), Ms(p.Latency.P999), Ms(p.Latency.Max));
        }

        AnsiConsole.Write(table);
        foreach (var (error, count) in report.Errors.OrderByDescending(e => e.Value))
        {
            AnsiConsole.MarkupLine($"[red]{N(count)}[/] × {Markup.Escape(error)}");
        }

        AnsiConsole.MarkupLine($"Report: {Markup.Escape(Path.GetFullPath(folder))}/report.md (and report.json, report.png)");
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Ms(double? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "–";
}
