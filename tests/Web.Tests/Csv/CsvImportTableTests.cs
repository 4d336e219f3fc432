using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Web.Csv;

namespace ItsmOrleans.Web.Tests.Csv;

public sealed class CsvImportTableTests
{
    private static readonly string[] Columns = ["title", "description"];

    private static CsvImportTable Read(string text) => CsvImportTable.Read(text, Columns, ["title"]);

    [Fact]
    public void A_quoted_field_keeps_its_commas_line_breaks_and_doubled_quotes_and_rows_are_numbered_by_record_not_line()
    {
        var table = Read("title,description\r\n\"Printer, 3rd floor\",\"Jams on\r\nevery page, \"\"always\"\"\"\r\nMail,slow\r\n");

        Assert.Equal([2, 3], table.Rows.Select(r => r.Number));
        Assert.Equal("Printer, 3rd floor", table.Rows[0].Value("title"));
        Assert.Equal("Jams on\r\nevery page, \"always\"", table.Rows[0].Value("description"));
        Assert.Equal("slow", table.Rows[1].Value("description"));
    }

    [Fact]
    public void A_byte_order_mark_before_the_header_is_not_part_of_the_first_column()
    {
        var table = Read("\uFEFFtitle,description\nx,y\n");

        Assert.Equal(Columns, table.Header);
        Assert.Equal("x", table.Rows[0].Value("title"));
    }

    [Fact]
    public void Blank_lines_are_no_rows_but_keep_their_numbers_and_short_rows_do_not_fit()
    {
        var table = Read("title,description\n\nx,y\r\n\r\nz\n");

        Assert.Equal([3, 5], table.Rows.Select(r => r.Number));
        Assert.Equal([true, false], table.Rows.Select(r => r.Fits));
    }

    [Fact]
    public void Semicolons_are_text_not_separators()
    {
        var table = CsvImportTable.Read("title\na;b\n", ["title"], ["title"]);

        Assert.Equal("a;b", table.Rows[0].Value("title"));
    }

    [Theory]
    [InlineData("title,description\nx\"y,z\n", "Row 2 (line 2) is not CSV: a quote inside an unquoted field")]
    [InlineData("title,description\nx,y\n\"x\"y,z\n", "Row 3 (line 3) is not CSV: text after the closing quote of a field")]
    [InlineData("title,description\n\"never closed,z\n", "Row 2 (line 2) is not CSV: a quoted field that never ends")]
    public void Broken_quoting_is_refused_naming_the_row(string text, string reason)
    {
        var refusal = Assert.Throws<DomainValidationException>(() => Read(text));

        Assert.StartsWith(reason, Assert.Single(refusal.Errors["file"]), StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_or_a_header_with_unknown_repeated_or_missing_columns_is_refused()
    {
        var empty = Assert.Throws<DomainValidationException>(() => Read(""));
        var header = Assert.Throws<DomainValidationException>(() => Read("description,colour,colour\n"));

        Assert.Contains("empty", Assert.Single(empty.Errors["file"]), StringComparison.Ordinal);
        Assert.Equal(3, header.Errors["header"].Length);
    }
}
