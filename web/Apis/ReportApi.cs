using ItsmOrleans.Web.Reports;

namespace ItsmOrleans.Web.Apis;

/// <summary>GET /api/reports/{report}: figures over a date range from the ticket history, as JSON or CSV.</summary>
public static class ReportApi
{
    public static IEndpointRouteBuilder MapReportApi(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/reports").WithTags("Reports").RequireAuthorization(ItsmPolicies.ReadReports);
        reports.MapGet("/", List).WithName("ListReports").WithSummary("The reports there are");
        reports.MapGet("/{report}", Report).WithName("GetReport")
            .WithSummary("A report over from..to (last 30 days by default), filtered by priority, service or assignmentGroup, grouped by groupBy; CSV with ?format=csv or Accept: text/csv");
        return app;
    }

    private static Ok<IReadOnlyList<ReportInfo>> List() => TypedResults.Ok(ReportCatalog.All);

    private static async Task<IResult> Report(string report, HttpContext http, IReportReadModel model, TimeProvider time, CancellationToken cancellationToken)
    {
        var filter = ReportRequest.Parse(report, http.Request.Query, time.GetUtcNow());
        var table = await ReportCatalog.Run(ReportCatalog.Find(report)!, model, filter, cancellationToken);
        if (!CsvFormat.IsRequested(http.Request))
        {
            return TypedResults.Ok(table);
        }

        var rows = table.Total is null ? table.Rows : [.. table.Rows, table.Total];
        var fileName = string.Create(CultureInfo.InvariantCulture, $"{table.Report}-{table.From:yyyyMMdd}-{table.To:yyyyMMdd}.csv");
        return new CsvResult(fileName, [.. table.Columns.Select(c => c.Name)], rows.Select(row => (IReadOnlyList<string?>)[.. table.Columns.Select(c => Cell(row.GetValueOrDefault(c.Name)))]));
    }

    private static string? Cell(object? value) => value switch
    {
        null => null,
        double d => d.ToString("0.###", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
