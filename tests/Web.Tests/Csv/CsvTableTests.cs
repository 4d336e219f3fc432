using System.Text;
using ItsmOrleans.Web.Csv;
using Microsoft.AspNetCore.Http;

namespace ItsmOrleans.Web.Tests.Csv;

public sealed class CsvTableTests
{
    private static readonly CsvTable<int> Numbers = new(("n", n => CsvText.Of(n)), ("even", n => CsvText.Of(n % 2 == 0)));

    [Fact]
    public async Task A_paged_list_is_read_page_after_page_through_its_cursor()
    {
        var rows = await Download(Pages(total: 450, pageSize: 200));

        Assert.Equal(["n", "even"], rows[0]);
        Assert.Equal(Enumerable.Range(0, 450).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), rows.Skip(1).Select(r => r[0]));
    }

    [Fact]
    public async Task A_download_stops_at_the_row_limit_and_its_last_line_says_more_matched()
    {
        var http = new DefaultHttpContext();
        var rows = await Download(Pages(total: CsvRowLimit.MaxRows + 5, pageSize: 200), http);

        Assert.Equal(CsvRowLimit.MaxRows + 2, rows.Count);
        Assert.Equal([CsvRowLimit.Note], rows[^1]);
        Assert.Equal("10000", http.Response.Headers[CsvRowLimit.Header].ToString());
    }

    [Fact]
    public async Task A_list_of_exactly_the_limit_has_no_note()
    {
        var rows = await Download(Pages(total: CsvRowLimit.MaxRows, pageSize: 200));

        Assert.Equal(CsvRowLimit.MaxRows + 1, rows.Count);
        Assert.Equal("9999", rows[^1][0]);
    }

    private static Func<string?, CancellationToken, Task<(IReadOnlyList<int> Items, string? Next)>> Pages(int total, int pageSize) => (cursor, _) =>
    {
        var start = cursor is null ? 0 : int.Parse(cursor, System.Globalization.CultureInfo.InvariantCulture);
        IReadOnlyList<int> items = [.. Enumerable.Range(start, Math.Max(0, Math.Min(pageSize, total - start)))];
        var next = start + pageSize < total ? (start + pageSize).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        return Task.FromResult((items, next));
    };

    private static async Task<List<List<string>>> Download(Func<string?, CancellationToken, Task<(IReadOnlyList<int> Items, string? Next)>> pages, DefaultHttpContext? http = null)
    {
        http ??= new DefaultHttpContext();
        using var body = new MemoryStream();
        http.Response.Body = body;
        await Numbers.Paged(http, "numbers.csv", pages).ExecuteAsync(http);
        return CsvReader.Parse(Encoding.UTF8.GetString(body.ToArray()));
    }
}
