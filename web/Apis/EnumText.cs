using System.Text.Json;

namespace ItsmOrleans.Web.Apis;

/// <summary>Reads enum values sent as text ("high", "inProgress", "P1"), case-insensitively, never as numbers.</summary>
public static class EnumText
{
    public static T? Parse<T>(FieldErrors errors, string field, string? text, bool required)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors.Add(field, $"'{field}' is required. Use one of: {Choices<T>()}.");
            }

            return null;
        }

        if (char.IsLetter(text[0]) && Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value))
        {
            return value;
        }

        errors.Add(field, $"'{text}' is not a valid {field}. Use one of: {Choices<T>()}.");
        return null;
    }

    public static string Choices<T>()
        where T : struct, Enum =>
        string.Join(", ", Enum.GetValues<T>().Select(v => typeof(T) == typeof(Contracts.Incidents.Priority) ? v.ToString() : JsonNamingPolicy.CamelCase.ConvertName(v.ToString())));
}
