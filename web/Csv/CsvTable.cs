using System.Runtime.CompilerServices;

namespace ItsmOrleans.Web.Csv;

/// <summary>
/// The columns of one list's CSV download, and the download itself: a complete list, or a paged one read through its
/// cursor page by page up to <see cref="CsvRowLimit.MaxRows"/> rows (a last line says when more matched).
/// </summary>
public sealed class CsvTable<T>(params (string Header, Func<T, string?> Cell)[] columns)
{
    public IReadOnlyList<string> Headers { get; } = [.. columns.Select(c => c.Header)];

    public CsvResult Complete(HttpContext http, string fileName, IEnumerable<T> items) =>
        Paged(http, fileName, (_, _) => Task.FromResult<(IReadOnlyList<T>, string?)>(([.. items], null)));

    /// <param name="page">Reads the page after a cursor (null for the first) and returns it with the next cursor, null on the last.</param>
    public CsvResult Paged(HttpContext http, string fileName, Func<string?, CancellationToken, Task<(IReadOnlyList<T> Items, string? Next)>> page)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Headers[CsvRowLimit.Header] = CsvRowLimit.MaxRows.ToString(CultureInfo.InvariantCulture);
        return new CsvResult(fileName, Headers, Rows(page, http.RequestAborted));
    }

    private async IAsyncEnumerable<IReadOnlyList<string?>> Rows(
        Func<string?, CancellationToken, Task<(IReadOnlyList<T> Items, string? Next)>> page, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var written = 0;
        string? cursor = null;
        do
        {
            var (items, next) = await page(cursor, cancellationToken);
            foreach (var item in items)
            {
                if (written == CsvRowLimit.MaxRows)
                {
                    yield return [CsvRowLimit.Note];
                    yield break;
                }

                yield return [.. columns.Select(c => c.Cell(item))];
                written++;
            }

            cursor = items.Count == 0 ? null : next;
        }
        while (cursor is not null);
    }
}
