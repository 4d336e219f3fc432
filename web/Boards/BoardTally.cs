using System.Text.Json;
using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Web.Boards;

/// <summary>
/// The counters of one scope kept up to date row change by row change, so a batch costs what changed, not a recount
/// of every open incident. Not thread-safe; <see cref="BoardFeed"/> serialises access.
/// </summary>
public sealed class BoardTally
{
    private static readonly IncidentStatus[] OpenStatuses =
        [IncidentStatus.New, IncidentStatus.Assigned, IncidentStatus.InProgress, IncidentStatus.OnHold, IncidentStatus.Resolved];

    private readonly Dictionary<string, int> _byPriority = Enum.GetValues<Priority>().ToDictionary(p => p.ToString(), _ => 0);
    private readonly Dictionary<string, int> _byStatus = OpenStatuses.ToDictionary(Name, _ => 0);
    private int _open;
    private int _breached;

    public static BoardTally Of(IEnumerable<IncidentSummary> rows)
    {
        var tally = new BoardTally();
        foreach (var row in rows)
        {
            tally.Count(row, +1);
        }

        return tally;
    }

    /// <summary>Takes out the row as it was and counts it as it is (either may be null: it appeared or left).</summary>
    public void Change(IncidentSummary? before, IncidentSummary? after)
    {
        if (before is not null)
        {
            Count(before, -1);
        }

        if (after is not null)
        {
            Count(after, +1);
        }
    }

    public BoardCounters Counters() =>
        new(_open, _breached, new Dictionary<string, int>(_byPriority), new Dictionary<string, int>(_byStatus));

    private void Count(IncidentSummary row, int sign)
    {
        if (!row.IsOpen)
        {
            return;
        }

        _open += sign;
        _byPriority[row.Priority.ToString()] += sign;
        _byStatus[Name(row.Status)] += sign;
        if (row.Response.Breached || row.Resolution.Breached)
        {
            _breached += sign;
        }
    }

    private static string Name(IncidentStatus status) => JsonNamingPolicy.CamelCase.ConvertName(status.ToString());
}
