using CsvHelper;

namespace ItsmOrleans.Web.Csv;

/// <summary>A CSV file with a header row naming known columns; rows that do not fit the header are set aside as rejected.</summary>
public sealed class CsvImportTable
{
    private CsvImportTable(IReadOnlyList<string> header, IReadOnlyList<CsvImportRow> rows)
    {
        Header = header;
        Rows = rows;
    }

    public IReadOnlyList<string> Header { get; }

    /// <summary>The data rows; blank lines are left out but keep their numbers, as in a spreadsheet.</summary>
    public IReadOnlyList<CsvImportRow> Rows { get; }

    /// <exception cref="DomainValidationException">No header, an unknown, repeated or missing column, or text that is not CSV.</exception>
    public static CsvImportTable Read(string text, IReadOnlyList<string> columns, IReadOnlyList<string> required)
    {
        using var reader = CsvReader.FromText(text, CsvImportReading.Options);
        if (!reader.Read())
        {
            throw new DomainValidationException("file", $"The file is empty; its first row names the columns ({string.Join(", ", columns)}).");
        }

        var header = CsvImportHeader.Checked(reader.Current.ToArray(), columns, required);
        var rows = new List<CsvImportRow>();
        while (reader.Read())
        {
            var fields = reader.Current.ToArray();
            if (fields is not [""])
            {
                rows.Add(new CsvImportRow(checked((int)reader.RowNumber), header, fields));
            }
        }

        return new CsvImportTable(header, rows);
    }
}
