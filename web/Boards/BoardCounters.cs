namespace ItsmOrleans.Web.Boards;

/// <summary>The counter tiles of a board: open incidents per priority and per status, and how many breached an SLA.</summary>
public sealed record BoardCounters(int Open, int Breached, IReadOnlyDictionary<string, int> ByPriority, IReadOnlyDictionary<string, int> ByStatus);
