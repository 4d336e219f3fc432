using ItsmOrleans.Domain.Reports;

namespace ItsmOrleans.Web.Reports;

/// <summary>What a report computed, before it is titled and dated.</summary>
public sealed record ReportContent(
    IReadOnlyList<ReportColumn> Columns,
    IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows,
    IReadOnlyDictionary<string, object?>? Total,
    IReadOnlyList<string> Chart,
    IReadOnlyList<BacklogPoint>? Series = null);
