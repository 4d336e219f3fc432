using ItsmOrleans.LoadTest.Runs;

namespace ItsmOrleans.LoadTest.Scenarios;

/// <summary>mix: half alert events, then incident changes, new incidents and work notes, with board clients and alert panels watching.</summary>
public sealed class Mix : IScenario
{
    private readonly AlertStorm _alerts = new();
    private readonly LiveWatchers _boards = new();
    private RunContext _context = null!;
    private IReadOnlyList<Guid> _incidents = [];

    public string Name => "mix";

    public string Description =>
        $"per 20 operations: 10 alert events ({_context.Options.Duplicates:P0} repeats), 5 incident changes, 3 new incidents, 2 work notes, over {_incidents.Count} incidents, watched by {_boards.Count} board client(s) and as many alert panels";

    public async Task Prepare(RunContext context)
    {
        _context = context;
        await _alerts.Prepare(context);
        await RunIncidents.Prepare(context);
        _incidents = await RunIncidents.Create(context, context.Options.Tickets);
        await _boards.WatchBoards(context, context.Options.Boards, RunIncidents.Group(context));
    }

    public async Task<(string Operation, string? Error)> Execute(long index, TimeSpan due, CancellationToken cancellationToken)
    {
        var incident = _incidents[(int)(index % _incidents.Count)];
        return (index % 20) switch
        {
            < 10 => await _alerts.Execute(index, due, cancellationToken),
            < 15 => ("change incident", await _context.Send(HttpMethod.Patch, $"api/incidents/{incident}", new { title = $"Mixed load change {index}" }, cancellationToken)),
            < 18 => ("create incident", await _context.Send(HttpMethod.Post, "api/incidents", RunIncidents.New(_context, index), cancellationToken, $"{_context.RunId}-{index}")),
            _ => ("work note", await _context.Send(HttpMethod.Post, $"api/incidents/{incident}/comments", new { text = $"Checked {index}", visibility = "workNote" }, cancellationToken)),
        };
    }

    public async ValueTask DisposeAsync()
    {
        await _alerts.DisposeAsync();
        await _boards.DisposeAsync();
    }
}
