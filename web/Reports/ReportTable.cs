using ItsmOrleans.Domain.Reports;

namespace ItsmOrleans.Web.Reports;

/// <summary>
/// A report as the API returns it: rows keyed by column name, a total over every row (when adding up means
/// something), the columns a chart draws, and for the backlog its day-by-day series. <paramref name="GroupBy"/> is
/// null for a report whose rows are not groups (the backlog's rows are ages).
/// </summary>
public sealed record ReportTable(
    string Report,
    string Title,
    DateTimeOffset From,
    DateTimeOffset To,
    string? GroupBy,
    IReadOnlyList<ReportColumn> Columns,
    IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows,
    IReadOnlyDictionary<string, object?>? Total,
    IReadOnlyList<string> Chart,
    IReadOnlyList<BacklogPoint>? Series);
