namespace ItsmOrleans.Web.Reports;

/// <summary>A report's name (as in /api/reports/{name}) and title.</summary>
public sealed record ReportInfo(string Name, string Title);
