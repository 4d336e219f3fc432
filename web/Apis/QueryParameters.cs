namespace ItsmOrleans.Web.Apis;

/// <summary>Reading a query string strictly: unknown keys, repeated keys and over-long values are named field by field.</summary>
public static class QueryParameters
{
    /// <summary>The longest value a filter takes: names of services, groups and people, with room to spare.</summary>
    public const int MaxValue = TextLimits.Name * 4;

    public static void RefuseUnknown(this IQueryCollection query, FieldErrors errors, IReadOnlyCollection<string> known, string noun = "parameter")
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var key in query.Keys.Where(k => !known.Contains(k)))
        {
            errors.Add(key, $"Unknown {noun} '{key}'. Use: {string.Join(", ", known)}.");
        }
    }

    /// <summary>A key given at most once, trimmed; null when absent or blank.</summary>
    public static string? OneValue(this IQueryCollection query, string key, FieldErrors errors, int maxLength = MaxValue)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(errors);
        var values = query[key];
        if (values.Count > 1)
        {
            errors.Add(key, $"Give '{key}' once.");
        }

        var value = values.Count == 0 ? null : values[0];
        errors.Text(key, value, maxLength, required: false);
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>Every value of a key, repeated or comma-separated.</summary>
    public static IEnumerable<string> Values(this IQueryCollection query, string key)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query[key].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    /// <summary>A key that is true or false; null when absent.</summary>
    public static bool? Flag(this IQueryCollection query, string key, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        switch (query.OneValue(key, errors, 5))
        {
            case null:
                return null;
            case var text when bool.TryParse(text, out var flag):
                return flag;
            default:
                errors.Add(key, $"'{key}' is true or false.");
                return null;
        }
    }
}
