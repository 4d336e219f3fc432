using ItsmOrleans.LoadTest.Runs;

namespace ItsmOrleans.LoadTest.Scenarios;

/// <summary>
/// alert-storm: Events API events at the target rate with a chosen share of repeats, watched by alert panels;
/// `--record` writes the storm to a file. replay: sends a recorded storm again at its recorded times.
/// </summary>
public sealed class AlertStorm(IReadOnlyList<StormEvent>? replay = null) : IScenario
{
    private readonly LiveWatchers _panels = new();
    private readonly Lock _recording = new();
    private RunContext _context = null!;
    private StormGenerator _generator = null!;
    private StreamWriter? _record;
    private string _routingKey = "";
    private string _serviceId = "";

    public string Name => "alert event";

    public string Description => replay is null
        ? $"POST /v2/enqueue at the target rate, {_context.Options.Duplicates:P0} repeats of alerts already sent (seed {_context.Options.Seed}), watched by {_panels.Count} alert panel(s)"
        : $"POST /v2/enqueue replaying {replay.Count} recorded events at their recorded times, watched by {_panels.Count} alert panel(s)";

    public IEnumerable<TimeSpan>? Arrivals => replay?.Select(e => TimeSpan.FromMilliseconds(e.At));

    public async Task Prepare(RunContext context)
    {
        _context = context;
        _generator = new StormGenerator(context.Options.Seed, context.Options.Duplicates);
        _serviceId = $"loadtest-{context.RunId}";
        await context.Prepare<JsonElement>(HttpMethod.Put, $"api/services/{_serviceId}", new { name = $"Load test {context.RunId}", kind = "technical", criticality = 2 });
        _routingKey = $"loadtest{context.RunId}{Guid.NewGuid():N}"[..40];
        await context.Prepare<JsonElement>(HttpMethod.Put, $"api/integrations/{_routingKey}", new { name = "Load-test tool", serviceId = _serviceId });
        if (context.Options.Record is { } path)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            _record = new StreamWriter(path, append: false);
        }

        await _panels.WatchAlerts(context, context.Options.Boards, _serviceId);
    }

    public async Task<(string Operation, string? Error)> Execute(long index, TimeSpan due, CancellationToken cancellationToken)
    {
        // Chosen before the first await, so events follow the seed in the order they were due.
        var storm = replay is null ? new StormEvent(due.TotalMilliseconds, _generator.Next()) : replay[(int)index];
        if (_record is not null)
        {
            lock (_recording)
            {
                _record.WriteLine(storm.ToLine());
            }
        }

        return (Name, await _context.Send(HttpMethod.Post, "v2/enqueue", storm.WithRoutingKey(_routingKey), cancellationToken));
    }

    public static IReadOnlyList<StormEvent> Load(string path) =>
        [.. File.ReadLines(path).Where(line => line.Length > 0).Select(StormEvent.Parse).OrderBy(e => e.At)];

    public async ValueTask DisposeAsync()
    {
        await _panels.DisposeAsync();
        if (_record is not null)
        {
            await _record.DisposeAsync();
        }
    }
}
