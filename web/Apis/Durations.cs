namespace ItsmOrleans.Web.Apis;

/// <summary>Reads a required duration field of a request body, written as .NET writes a TimeSpan ("04:00:00", "2.00:00:00").</summary>
public static class Durations
{
    public static TimeSpan Read(FieldErrors errors, string field, string? text)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(field, $"'{field}' is required: a duration such as \"04:00:00\" (4 hours) or \"2.00:00:00\" (2 days).");
            return TimeSpan.Zero;
        }

        if (!TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var duration))
        {
            errors.Add(field, $"'{field}' is a duration such as \"04:00:00\" (4 hours) or \"2.00:00:00\" (2 days).");
        }

        return duration;
    }
}
