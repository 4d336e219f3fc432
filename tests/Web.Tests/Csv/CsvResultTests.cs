using System.Text;
using ItsmOrleans.Web.Csv;
using Microsoft.AspNetCore.Http;

namespace ItsmOrleans.Web.Tests.Csv;

public sealed class CsvResultTests
{
    [Fact]
    public async Task Csv_download_quotes_separators_and_line_breaks_and_ends_lines_with_crlf()
    {
        var body = await Render(new CsvResult("incidents.csv", ["number", "title"],
            [["INC-1", "Mail down, again"], ["INC-2", "Said \"hello\"\nthen left"]]));

        Assert.Equal("number,title\r\nINC-1,\"Mail down, again\"\r\nINC-2,\"Said \"\"hello\"\"\nthen left\"\r\n", body.Text);
        Assert.Equal("text/csv; charset=utf-8", body.ContentType);
        Assert.Contains("attachment", body.Disposition, StringComparison.Ordinal);
        Assert.Contains("incidents.csv", body.Disposition, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1 call me", "'+1 call me")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("-12.5", "-12.5")]
    [InlineData("-1+2", "'-1+2")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "\"'\rcmd\"")]
    [InlineData("", "")]
    public async Task Cells_a_spreadsheet_would_run_as_formulas_are_written_as_text(string value, string written)
    {
        var body = await Render(new CsvResult("cells.csv", ["id", "cell"], [["1", value]]));

        Assert.Equal($"id,cell\r\n1,{written}\r\n", body.Text);
    }

    [Theory]
    [InlineData(" indented", "\" indented\"")]
    [InlineData("trailing ", "\"trailing \"")]
    [InlineData("in between", "in between")]
    public async Task Cells_with_a_space_at_either_end_are_quoted_so_readers_that_trim_keep_it(string value, string written)
    {
        var body = await Render(new CsvResult("cells.csv", ["id", "cell"], [["1", value]]));

        Assert.Equal($"id,cell\r\n1,{written}\r\n", body.Text);
    }

    [Fact]
    public void Csv_is_requested_by_format_query_or_accept_header()
    {
        var byQuery = new DefaultHttpContext();
        byQuery.Request.QueryString = new QueryString("?format=CSV");
        var byHeader = new DefaultHttpContext();
        byHeader.Request.Headers.Accept = "text/csv";
        var json = new DefaultHttpContext();
        json.Request.Headers.Accept = "application/json";

        Assert.True(CsvFormat.IsRequested(byQuery.Request));
        Assert.True(CsvFormat.IsRequested(byHeader.Request));
        Assert.False(CsvFormat.IsRequested(json.Request));
    }

    private static async Task<(string Text, string? ContentType, string Disposition)> Render(CsvResult result)
    {
        var http = new DefaultHttpContext();
        using var body = new MemoryStream();
        http.Response.Body = body;
        await result.ExecuteAsync(http);
        return (Encoding.UTF8.GetString(body.ToArray()), http.Response.ContentType, http.Response.Headers.ContentDisposition.ToString());
    }
}
