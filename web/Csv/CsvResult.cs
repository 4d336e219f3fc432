using CsvHelper;
using Microsoft.Net.Http.Headers;

namespace ItsmOrleans.Web.Csv;

/// <summary>
/// A CSV download (RFC 4180, UTF-8, CRLF line ends), written row by row as the rows are produced so a long list
/// never sits in memory whole.
/// </summary>
public sealed class CsvResult(string fileName, IReadOnlyList<string> header, IAsyncEnumerable<IReadOnlyList<string?>> rows) : IResult
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Separator = ',',
        // Readers that trim would lose spaces at either end of an unquoted cell.
        Quoting = CsvQuoting.WhenNeededOrWhitespace,
        // A download that stops at the row limit ends with a one-cell note.
        ValidateFieldCount = false,
        WriteByteOrderMark = false,
        BufferSize = 16 * 1024,
    };

    public CsvResult(string fileName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
        : this(fileName, header, rows.ToAsyncEnumerable())
    {
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.ContentType = ContentType;
        response.Headers[HeaderNames.ContentDisposition] = new ContentDispositionHeaderValue("attachment")
        {
            FileNameStar = fileName,
        }.ToString();

        var cancellationToken = httpContext.RequestAborted;
        await using var csv = CsvWriter.Create(response.Body, Options, leaveOpen: true);
        await WriteRecord(csv, header, cancellationToken);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await WriteRecord(csv, row, cancellationToken);
        }
    }

    private static async Task WriteRecord(CsvWriter csv, IReadOnlyList<string?> cells, CancellationToken cancellationToken)
    {
        foreach (var cell in cells)
        {
            csv.WriteField(CsvFormulaGuard.Inert(cell));
        }

        await csv.EndRecordAsync(cancellationToken);
    }
}
