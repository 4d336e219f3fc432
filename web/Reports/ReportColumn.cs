namespace ItsmOrleans.Web.Reports;

/// <summary>One column of a report: its key in each row (and the CSV header) and what the page shows as its heading.</summary>
public sealed record ReportColumn(string Name, string Label);
