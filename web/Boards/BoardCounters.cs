using System.Text.Json;
using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Web.Boards;

/// <summary>The counter tiles of a board: open incidents per priority and per status, and how many breached an SLA.</summary>
public sealed record BoardCounters(int Open, int Breached, IReadOnlyDictionary<string, int> ByPriority, IReadOnlyDictionary<string, int> ByStatus)
{
    private static readonly IncidentStatus[] OpenStatuses =
        [IncidentStatus.New, IncidentStatus.Assigned, IncidentStatus.InProgress, IncidentStatus.OnHold, IncidentStatus.Resolved];

    public static BoardCounters Count(IEnumerable<IncidentSummary> rows)
    {
        var byPriority = Enum.GetValues<Priority>().ToDictionary(p => p.ToString(), _ => 0);
        var byStatus = OpenStatuses.ToDictionary(Name, _ => 0);
        int open = 0, breached = 0;
        foreach (var row in rows.Where(r => r.IsOpen))
        {
            open++;
            byPriority[row.Priority.ToString()]++;
            byStatus[Name(row.Status)]++;
            if (row.Response.Breached || row.Resolution.Breached)
            {
                breached++;
            }
        }

        return new BoardCounters(open, breached, byPriority, byStatus);
    }

    private static string Name(IncidentStatus status) => JsonNamingPolicy.CamelCase.ConvertName(status.ToString());
}
