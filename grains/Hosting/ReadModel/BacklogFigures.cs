namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>
/// The backlog over a range: how many incidents were in it at the start, the net change per UTC day
/// (<c>yyyy-MM-dd</c>), and how many were in it at the end per age bucket (index into the boundaries asked for).
/// </summary>
public sealed record BacklogFigures(long AtStart, IReadOnlyDictionary<string, long> NetChangeByDay, IReadOnlyDictionary<int, long> AtEndByAge);
