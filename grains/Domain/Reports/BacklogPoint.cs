namespace ItsmOrleans.Domain.Reports;

/// <summary>How many incidents were in the backlog at the end of a UTC day (or at the end of the range on its last day).</summary>
public sealed record BacklogPoint(DateOnly Day, long Open);
