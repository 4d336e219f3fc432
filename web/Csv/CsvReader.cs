using System.Text;
using ItsmOrleans.Contracts.Common;

namespace ItsmOrleans.Web.Csv;

/// <summary>
/// Reads RFC 4180 CSV: fields separated by commas, records by CRLF or LF, quoted fields may hold commas, line breaks and
/// doubled quotes; a leading byte-order mark is ignored. Text that is not CSV is refused with where it went wrong.
/// </summary>
public static class CsvReader
{
    public static IReadOnlyList<CsvRecord> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var position = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var line = 1;
        var quoted = false;
        var wasQuoted = false;
        for (; position < text.Length; position++)
        {
            var c = text[position];
            if (quoted)
            {
                if (c == '"' && position + 1 < text.Length && text[position + 1] == '"')
                {
                    field.Append('"');
                    position++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0 && !wasQuoted:
                    (quoted, wasQuoted) = (true, true);
                    break;
                case '"':
                    throw Refused(line, records.Count + 1, "a quote inside an unquoted field; quote the whole field and double the quotes in it");
                case ',':
                    fields.Add(field.ToString());
                    (field.Length, wasQuoted) = (0, false);
                    break;
                case '\r' when position + 1 < text.Length && text[position + 1] == '\n':
                    break;
                case '\r' or '\n':
                    fields.Add(field.ToString());
                    records.Add(new CsvRecord(records.Count + 1, [.. fields]));
                    (field.Length, wasQuoted) = (0, false);
                    fields.Clear();
                    line++;
                    break;
                default:
                    if (wasQuoted)
                    {
                        throw Refused(line, records.Count + 1, "text after the closing quote of a field");
                    }

                    field.Append(c);
                    break;
            }
        }

        if (quoted)
        {
            throw Refused(line, records.Count + 1, "a quoted field that never ends");
        }

        if (field.Length > 0 || wasQuoted || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add(new CsvRecord(records.Count + 1, [.. fields]));
        }

        return records;
    }

    private static DomainValidationException Refused(int line, int row, string problem) =>
        new("file", $"Row {row} (line {line}) is not CSV: {problem}.");
}
