namespace ItsmOrleans.Web.Csv;

/// <summary>One record of a CSV file; <paramref name="Row"/> counts records from 1 (the header), as a spreadsheet numbers rows.</summary>
public sealed record CsvRecord(int Row, IReadOnlyList<string> Fields);
