using CsvHelper;

namespace ItsmOrleans.Web.Csv;

/// <summary>
/// How an import file is read: RFC 4180 with commas, every record numbered as a spreadsheet numbers rows (blank lines
/// too), and quoting that breaks the rules refused with the row where it went wrong.
/// </summary>
public static class CsvImportReading
{
    public static CsvReaderOptions Options { get; } = CsvReaderOptions.Default with
    {
        // Detecting the separator would read a file of one column with semicolons in it as several columns.
        Separator = ',',
        HasHeader = false,
        SkipEmptyLines = false,
        TrackLineNumbers = true,
        // The library would recover by guessing; an import refuses instead, in the words of the rest of its answers.
        OnMalformedRecord = record => throw Refused(record),
    };

    private static DomainValidationException Refused(CsvMalformedRecord record) =>
        new("file", $"Row {record.RecordNumber} (line {record.LineNumber}) is not CSV: {Problem(record.Reason)}.");

    private static string Problem(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted field; quote the whole field and double the quotes in it",
        CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a field",
        CsvMalformedReason.UnterminatedQuote => "a quoted field that never ends",
        _ => "quoting that breaks RFC 4180",
    };
}
