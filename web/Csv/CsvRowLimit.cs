namespace ItsmOrleans.Web.Csv;

/// <summary>How many rows one CSV download of a list holds, and how it says so.</summary>
public static class CsvRowLimit
{
    public const int MaxRows = 10_000;

    /// <summary>Every list download carries the limit in this response header.</summary>
    public const string Header = "X-Csv-Row-Limit";

    /// <summary>The last line of a download that stopped at the limit.</summary>
    public static string Note { get; } =
        $"More rows match than the {MaxRows.ToString("N0", CultureInfo.InvariantCulture)} a download holds; narrow the filters for the rest.";
}
