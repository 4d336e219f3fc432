namespace ItsmOrleans.Contracts.Continuity;

/// <summary>Which continuity plans a list shows, by number: of one status (or all but retired ones) and one service, after a number, up to a limit.</summary>
public sealed record PlanQuery(PlanStatus? Status = null, string? ServiceId = null, string? After = null, int Limit = 100, bool ActiveOnly = false);
