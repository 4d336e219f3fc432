using System.Security.Cryptography;
using System.Text;

namespace ItsmOrleans.Web.Csv;

/// <summary>One data row of an import file; <see cref="Number"/> is its row in the file (the header is row 1).</summary>
public sealed class CsvImportRow(int number, IReadOnlyList<string> header, IReadOnlyList<string> fields)
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
