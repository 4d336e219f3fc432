using System.Text;
using Microsoft.Net.Http.Headers;

namespace ItsmOrleans.Web.Csv;

/// <summary>
/// A CSV download (RFC 4180, UTF-8, CRLF line ends), written row by row as the rows are produced so a long list
/// never sits in memory whole.
/// </summary>
public sealed class CsvResult(string fileName, IReadOnlyList<string> header, IAsyncEnumerable<IReadOnlyList<string?>> rows) : IResult
{
    public const string ContentType = "text/csv; charset=utf-8";

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

        await using var writer = new StreamWriter(response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024);
        await WriteLine(writer, header);
        await foreach (var row in rows.WithCancellation(httpContext.RequestAborted))
        {
            await WriteLine(writer, row);
        }
    }

    private static async Task WriteLine(StreamWriter writer, IReadOnlyList<string?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                await writer.WriteAsync(',');
            }

            await writer.WriteAsync(CsvCell.Format(cells[i]));
        }

        await writer.WriteAsync("\r\n");
    }
}
