using System.Globalization;

namespace ItsmOrleans.Web.Csv;

/// <summary>One CSV field as RFC 4180 writes it, made safe to open in a spreadsheet.</summary>
public static class CsvCell
{
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    public static string Format(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        // A spreadsheet runs a cell that starts like a formula (OWASP "CSV injection"); numbers stay numbers.
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
            && !decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            value = "'" + value;
        }

        return value.IndexOfAny(NeedsQuotes) >= 0 || value[0] == ' ' || value[^1] == ' '
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }

    public static string Format(DateTimeOffset? value) =>
        value?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "";

    public static string Format(double? value, string format = "0.##") =>
        value?.ToString(format, CultureInfo.InvariantCulture) ?? "";
}
