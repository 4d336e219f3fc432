using System.Text;
using Microsoft.AspNetCore.Http.Features;

namespace ItsmOrleans.Web.Import;

/// <summary>Reads an import request's body: text/csv, at most <see cref="MaxBytes"/> and <see cref="MaxRows"/> rows, with known columns.</summary>
public static class CsvImportBody
{
    public const int MaxBytes = 4 * 1024 * 1024;
    public const int MaxRows = 10_000;

    /// <returns>The table, or the refusal to answer with (415 not CSV, 413 too large).</returns>
    /// <exception cref="DomainValidationException">A header that does not fit the columns, broken quoting or too many rows.</exception>
    public static async Task<(CsvImportTable? Table, IResult? Refusal)> Read(HttpContext http, IReadOnlyList<string> columns, IReadOnlyList<string> required)
    {
        var request = http.Request;
        if (!string.Equals(request.ContentType?.Split(';')[0].Trim(), "text/csv", StringComparison.OrdinalIgnoreCase))
        {
            return (null, TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send the file as text/csv.",
                detail: $"Content-Type '{request.ContentType}' is not text/csv."));
        }

        // The host's 1 MiB body limit would cut the connection; this reads at most the import limit itself and answers 413.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = null;
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var buffer = new char[MaxBytes + 1];
        var read = 0;
        int chunk;
        while (read < buffer.Length && (chunk = await reader.ReadAsync(buffer.AsMemory(read), http.RequestAborted)) > 0)
        {
            read += chunk;
        }

        if (read > MaxBytes)
        {
            return (null, TypedResults.Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge, title: "The file is too large.",
                detail: $"An import file is at most {MaxBytes / (1024 * 1024)} MiB; split it."));
        }

        var table = CsvImportTable.Read(new string(buffer, 0, read), columns, required);
        if (table.Rows.Count > MaxRows)
        {
            throw new DomainValidationException("file", $"A file holds at most {MaxRows} rows; split it.");
        }

        return (table, null);
    }
}
