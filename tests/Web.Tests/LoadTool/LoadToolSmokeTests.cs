using ItsmOrleans.LoadTest;
using ItsmOrleans.LoadTest.Runs;

namespace ItsmOrleans.Web.Tests.LoadTool;

/// <summary>The load-test tool against a real hub for a few seconds: every scenario runs, reports, and a recorded storm replays.</summary>
[Collection(WebAppTests.Name)]
[Trait("Category", "LoadTest")]
public class LoadToolSmokeTests(WebAppFixture app)
{
    [Fact]
    public async Task A_mixed_run_reaches_its_rate_without_errors_and_writes_markdown_json_and_a_chart()
    {
        var folder = Folder();
        var report = await RunCommand.RunQuietly("mix", Options(folder, rate: 60) with { Boards = 2, Tickets = 10 });

        Assert.Empty(report.Errors);
        Assert.InRange(report.AchievedRate, 0.9 * report.TargetRate, 1.1 * report.TargetRate);
        Assert.Equal(["alert event", "change incident", "create incident", "work note"], report.Operations.Select(o => o.Name).Order(StringComparer.Ordinal));
        Assert.Contains(report.Pushes, p => p.Stream == "board" && p.Latency is { Count: > 0 });
        Assert.All(report.Operations, o => Assert.True(o.Latency!.P99 >= o.Latency.P50));
        Assert.Contains("| alert event |", await File.ReadAllTextAsync(Path.Combine(folder, "report.md")), StringComparison.Ordinal);
        var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "report.json"))).RootElement;
        Assert.Equal(report.Succeeded, json.GetProperty("succeeded").GetInt64());
        Assert.True(new FileInfo(Path.Combine(folder, "report.png")).Length > 10_000);
    }

    [Fact]
    public async Task A_recorded_storm_replays_the_same_events_at_the_same_times()
    {
        var folder = Folder();
        var storm = Path.Combine(folder, "storm.jsonl");
        var recorded = await RunCommand.RunQuietly("alert-storm", Options(folder, rate: 80) with { Record = storm, Boards = 1, Seed = 5 });
        var lines = await File.ReadAllLinesAsync(storm);
        Assert.Equal(recorded.Intended + (long)(80 * recorded.WarmUpSeconds), lines.Length);
        Assert.Equal(0, recorded.Failed);

        var replayed = await RunCommand.RunQuietly("replay", Options(Path.Combine(folder, "replay"), rate: 1) with { Replay = storm, Boards = 1 });
        Assert.Equal(recorded.Intended, replayed.Intended);
        Assert.Equal(recorded.Succeeded, replayed.Succeeded);
        Assert.InRange(replayed.TargetRate, 79, 81);
    }

    [Fact]
    public async Task The_other_scenarios_run_and_time_what_live_clients_see()
    {
        foreach (var (scenario, stream) in new[] { ("steady", "board"), ("board-fanout", "board"), ("collaboration", "ticket room") })
        {
            var report = await RunCommand.RunQuietly(scenario, Options(Folder(), rate: 40) with { Boards = 2, Agents = 4, Tickets = 8 });
            Assert.Empty(report.Errors);
            Assert.Contains(report.Pushes, p => p.Stream == stream && p.Latency is { Count: > 0 });
        }
    }

    [Fact]
    public async Task The_search_scenario_sends_searches_the_hub_accepts_and_times_each_kind()
    {
        var report = await RunCommand.RunQuietly("search", Options(Folder(), rate: 30));

        Assert.Empty(report.Errors);
        Assert.Equal(["a host or error code", "filters only", "number", "one word", "phrase", "two words", "words and filters"], report.Operations.Select(o => o.Name).Order(StringComparer.Ordinal));
        Assert.All(report.Operations, o => Assert.True(o.Succeeded > 0 && o.Failed == 0, $"{o.Name}: {o.Succeeded} succeeded, {o.Failed} failed"));
    }

    private RunOptions Options(string folder, double rate) => new()
    {
        Url = app.BaseAddress,
        ApiKey = TestSettings.AdminKey,
        Rate = rate,
        WarmUp = TimeSpan.FromSeconds(1),
        Duration = TimeSpan.FromSeconds(2),
        Output = folder,
    };

    private static string Folder() => Path.Combine(Path.GetTempPath(), "itsm-loadtool-" + Guid.NewGuid().ToString("N"));
}
