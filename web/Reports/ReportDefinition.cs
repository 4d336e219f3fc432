namespace ItsmOrleans.Web.Reports;

/// <summary>
/// One report the API serves: its name in the URL, its title, what its rows are per unless asked, the parameters it
/// accepts, and how it is computed.
/// </summary>
public sealed record ReportDefinition(
    string Name,
    string Title,
    ReportGrouping DefaultGrouping,
    ReportParameters Parameters,
    Func<IReportReadModel, ReportFilter, CancellationToken, Task<ReportContent>> Build);
