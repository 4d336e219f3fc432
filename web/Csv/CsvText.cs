using System.Text.Json;

namespace ItsmOrleans.Web.Csv;

/// <summary>How list values read in a CSV cell: enums as the JSON writes them, instants in UTC, lists joined by semicolons.</summary>
public static class CsvText
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static string? Of<TEnum>(TEnum? value)
        where TEnum : struct, Enum => value is { } v ? Of(v) : null;

    public static string Of(bool value) => value ? "true" : "false";

    public static string Of(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Of(DateTimeOffset? value) =>
        value?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "";

    public static string Of(IEnumerable<string> values) => string.Join(';', values);
}
