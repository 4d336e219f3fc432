using System.Text.Json.Serialization;

namespace ItsmOrleans.Web.Tests.Infrastructure;

/// <summary>How a client reads the API's JSON: camelCase, enums as strings; it tolerates fields it does not model.</summary>
public static class WireJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        return options;
    }
}
