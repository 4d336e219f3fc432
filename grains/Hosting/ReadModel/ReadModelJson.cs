using System.Text.Json;
using System.Text.Json.Serialization;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>How an <see cref="Contracts.Incidents.IncidentSummary"/> is stored in summary_json; writing and reading must agree.</summary>
public static class ReadModelJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
