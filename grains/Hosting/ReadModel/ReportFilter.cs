namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>
/// The tickets a report counts: facts from <paramref name="From"/> (inclusive) to <paramref name="To"/> (exclusive),
/// narrowed to a priority (1-5), service or assignment group as the ticket had at the time, and grouped per
/// <paramref name="GroupBy"/>.
/// </summary>
public sealed record ReportFilter(
    DateTimeOffset From,
    DateTimeOffset To,
    ReportGrouping GroupBy,
    int? Priority = null,
    string? ServiceId = null,
    string? AssignmentGroup = null);
