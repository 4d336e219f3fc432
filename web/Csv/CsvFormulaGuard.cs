namespace ItsmOrleans.Web.Csv;

/// <summary>Makes a cell that a spreadsheet would run as a formula (OWASP "CSV injection") read as text.</summary>
public static class CsvFormulaGuard
{
    // CsvHelper's own injection escape also quotes the cell and escapes negative numbers given as text; downloads keep
    // numbers as numbers and quote only where RFC 4180 needs it.
    public static string? Inert(string? value) =>
        value is ['=' or '+' or '-' or '@' or '\t' or '\r', ..]
        && !decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            ? "'" + value
            : value;
}
