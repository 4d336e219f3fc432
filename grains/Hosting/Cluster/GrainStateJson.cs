using System.Text.Json;
using System.Text.Json.Serialization;
using Orleans.Serialization;

namespace ItsmOrleans.Hosting.Cluster;

/// <summary>
/// How grain state is written as JSON into the grain storage rows. The silo writes with these settings and the export
/// reads the rows back with them, so both always agree on the format.
/// </summary>
public static class GrainStateJson
{
    /// <summary>Orleans' storage defaults plus enums as names (readable rows that survive reordered enum members).</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    public static void Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Converters.Add(new JsonStringEnumConverter());
    }

    private static JsonSerializerOptions Create()
    {
        var options = new SystemTextJsonGrainStorageSerializerOptions().JsonSerializerOptions;
        Configure(options);
        return options;
    }
}
