using ItsmOrleans.LoadTest.Runs;

namespace ItsmOrleans.LoadTest.Scenarios;

/// <summary>steady: incidents raised at the target rate (each with an idempotency key), watched by board clients.</summary>
public sealed class SteadyIncidents : IScenario
{
    private readonly LiveWatchers _boards = new();
    private RunContext _context = null!;

    public string Name => "create incident";

    public string Description => $"POST /api/incidents at the target rate into one assignment group, watched by {_boards.Count} board client(s)";

    public async Task Prepare(RunContext context)
    {
        _context = context;
        await RunIncidents.Prepare(context);
        await _boards.WatchBoards(context, context.Options.Boards, RunIncidents.Group(context));
    }

    public async Task<(string Operation, string? Error)> Execute(long index, TimeSpan due, CancellationToken cancellationToken) =>
        (Name, await _context.Send(HttpMethod.Post, "api/incidents", RunIncidents.New(_context, index), cancellationToken, $"{_context.RunId}-{index}"));

    public ValueTask DisposeAsync() => _boards.DisposeAsync();
}
