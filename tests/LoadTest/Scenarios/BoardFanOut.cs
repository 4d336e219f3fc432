using ItsmOrleans.LoadTest.Runs;

namespace ItsmOrleans.LoadTest.Scenarios;

/// <summary>board-fanout: changes to a pool of incidents at the target rate, timed to every one of N board clients.</summary>
public sealed class BoardFanOut : IScenario
{
    private readonly LiveWatchers _boards = new();
    private RunContext _context = null!;
    private IReadOnlyList<Guid> _incidents = [];

    public string Name => "change incident";

    public string Description =>
        $"PATCH /api/incidents/{{id}} (a new title) round robin over {_incidents.Count} incidents, each change timed to {_boards.Count} board client(s) from its updatedAt";

    public async Task Prepare(RunContext context)
    {
        _context = context;
        await RunIncidents.Prepare(context);
        _incidents = await RunIncidents.Create(context, context.Options.Tickets);
        await _boards.WatchBoards(context, context.Options.Boards, RunIncidents.Group(context));
    }

    public async Task<(string Operation, string? Error)> Execute(long index, TimeSpan due, CancellationToken cancellationToken)
    {
        var id = _incidents[(int)(index % _incidents.Count)];
        return (Name, await _context.Send(HttpMethod.Patch, $"api/incidents/{id}", new { title = $"Load test {_context.RunId} change {index}" }, cancellationToken));
    }

    public ValueTask DisposeAsync() => _boards.DisposeAsync();
}
