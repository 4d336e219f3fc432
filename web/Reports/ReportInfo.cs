namespace ItsmOrleans.Web.Reports;

/// <summary>A report's name (as in /api/reports/{name}), title, the filters it applies and the groupings it offers.</summary>
public sealed record ReportInfo(string Name, string Title, IReadOnlyList<string> Filters, IReadOnlyList<ReportGrouping> GroupBy);
