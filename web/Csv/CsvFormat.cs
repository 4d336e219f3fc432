namespace ItsmOrleans.Web.Csv;

/// <summary>Whether a list or report request asks for CSV: <c>?format=csv</c> or <c>Accept: text/csv</c>.</summary>
public static class CsvFormat
{
    public static bool IsRequested(HttpRequest request) =>
        string.Equals(request.Query["format"], "csv", StringComparison.OrdinalIgnoreCase)
        || request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase));
}
