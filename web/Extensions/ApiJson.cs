using System.Text.Json;
using System.Text.Json.Serialization;

namespace ItsmOrleans.Web.Extensions;

/// <summary>The JSON conventions of the REST API and the SignalR hub: camelCase, enums as camelCase strings, unknown fields refused.</summary>
public static class ApiJson
{
    /// <summary>The API's settings, for what the host serialises itself (board frames) rather than through MVC or SignalR.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions();
        Configure(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DictionaryKeyPolicy = null;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
    }
}
