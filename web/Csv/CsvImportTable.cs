using System.Security.Cryptography;
using System.Text;
using ItsmOrleans.Contracts.Common;

namespace ItsmOrleans.Web.Csv;

/// <summary>A CSV file with a header row naming known columns; rows that do not fit the header are set aside as rejected.</summary>
public sealed class CsvImportTable
{
    private CsvImportTable(IReadOnlyList<string> header, IReadOnlyList<Row> rows)
    {
        Header = header;
        Rows = rows;
    }

    public IReadOnlyList<string> Header { get; }

    /// <summary>The data rows; blank lines are left out.</summary>
    public IReadOnlyList<Row> Rows { get; }

    /// <exception cref="DomainValidationException">No header, an unknown, repeated or missing column.</exception>
    public static CsvImportTable Of(IReadOnlyList<CsvRecord> records, IReadOnlyList<string> columns, IReadOnlyList<string> required)
    {
        if (records.Count == 0)
        {
            throw new DomainValidationException("file", $"The file is empty; its first row names the columns ({string.Join(", ", columns)}).");
        }

        var header = records[0].Fields.Select(f => f.Trim()).ToList();
        var errors = new Dictionary<string, string[]>();
        var unknown = header.Where(h => !columns.Contains(h, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            errors["header"] = [$"Unknown column(s): {string.Join(", ", unknown.Select(u => $"'{u}'"))}. The columns are {string.Join(", ", columns)}."];
        }

        var repeated = header.GroupBy(h => h, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (repeated.Count > 0)
        {
            errors["header"] = [.. errors.GetValueOrDefault("header", []), $"Repeated column(s): {string.Join(", ", repeated)}."];
        }

        var missing = required.Where(r => !header.Contains(r, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            errors["header"] = [.. errors.GetValueOrDefault("header", []), $"Missing column(s): {string.Join(", ", missing)}."];
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        var rows = records.Skip(1)
            .Where(r => r.Fields.Count > 1 || r.Fields[0].Length > 0)
            .Select(r => new Row(r.Row, header, r.Fields))
            .ToList();
        return new CsvImportTable(header, rows);
    }

    /// <summary>One data row; <see cref="Number"/> is its row in the file (the header is row 1).</summary>
    public sealed class Row(int number, IReadOnlyList<string> header, IReadOnlyList<string> fields)
    {
        public int Number { get; } = number;

        /// <summary>True when the row has as many fields as the header.</summary>
        public bool Fits => fields.Count == header.Count;

        public int FieldCount => fields.Count;

        /// <summary>The trimmed value of a column; null when the column is absent or the cell blank.</summary>
        public string? Value(string column)
        {
            var index = IndexOf(column);
            return index < 0 || index >= fields.Count || string.IsNullOrWhiteSpace(fields[index]) ? null : fields[index].Trim();
        }

        /// <summary>A fingerprint of the row's content, column by column, so the same row in another file has the same one.</summary>
        public string ContentHash()
        {
            var text = string.Join('\u001f', header.Select((h, i) => (h, i)).OrderBy(p => p.h, StringComparer.Ordinal)
                .Select(p => $"{p.h}={(p.i < fields.Count ? fields[p.i].Trim() : "")}"));
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        }

        private int IndexOf(string column)
        {
            for (var i = 0; i < header.Count; i++)
            {
                if (string.Equals(header[i], column, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
