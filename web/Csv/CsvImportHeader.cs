namespace ItsmOrleans.Web.Csv;

/// <summary>The first row of an import file, which names its columns: each known, none repeated, the required ones there.</summary>
public static class CsvImportHeader
{
    /// <returns>The column names, trimmed.</returns>
    /// <exception cref="DomainValidationException">An unknown, repeated or missing column, all named under <c>header</c>.</exception>
    public static IReadOnlyList<string> Checked(IEnumerable<string> fields, IReadOnlyList<string> columns, IReadOnlyList<string> required)
    {
        var header = fields.Select(f => f.Trim()).ToList();
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

        return header;
    }
}
