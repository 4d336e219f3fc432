using ItsmOrleans.LoadTest.Runs;

namespace ItsmOrleans.LoadTest.Scenarios;

/// <summary>collaboration: agents in the rooms of a few shared tickets; work notes and edits at the target rate, timed to every room.</summary>
public sealed class Collaboration : IScenario
{
    private readonly LiveWatchers _rooms = new();
    private RunContext _context = null!;
    private IReadOnlyList<Guid> _tickets = [];

    public string Name => "work note";

    public string Description =>
        $"{_rooms.Count} agents in the rooms of {_tickets.Count} shared tickets; work notes (3 in 4) and title edits (1 in 4) at the target rate, each timed to every room from its timeline entry";

    public async Task Prepare(RunContext context)
    {
        _context = context;
        await RunIncidents.Prepare(context);
        _tickets = await RunIncidents.Create(context, Math.Clamp(context.Options.Tickets, 1, Math.Max(1, context.Options.Agents)));
        await _rooms.WatchRooms(context, context.Options.Agents, _tickets);
    }

    public async Task<(string Operation, string? Error)> Execute(long index, TimeSpan due, CancellationToken cancellationToken)
    {
        var ticket = _tickets[(int)(index % _tickets.Count)];
        var agent = index % Math.Max(1, _context.Options.Agents);
        return index % 4 == 3
            ? ("edit title", await _context.Send(HttpMethod.Patch, $"api/incidents/{ticket}", new { title = $"Shared ticket, edit {index}" }, cancellationToken))
            : (Name, await _context.Send(HttpMethod.Post, $"api/incidents/{ticket}/comments",
                new { text = $"agent-{agent}: checked node {index % 17}, still failing", visibility = "workNote" }, cancellationToken, $"{_context.RunId}-{index}"));
    }

    public ValueTask DisposeAsync() => _rooms.DisposeAsync();
}
