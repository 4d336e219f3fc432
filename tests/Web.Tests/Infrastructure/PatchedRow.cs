using System.Text.Json.Nodes;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Web.Extensions;

namespace ItsmOrleans.Web.Tests.Infrastructure;

/// <summary>What a board client does with a patch (docs/board-protocol.md): merges it into the row it holds, nested objects field by field.</summary>
public static class PatchedRow
{
    public static IncidentSummary Apply(IncidentSummary shown, JsonObject patch)
    {
        var row = JsonSerializer.SerializeToNode(shown, ApiJson.Options)!.AsObject();
        Merge(row, patch);
        return row.Deserialize<IncidentSummary>(ApiJson.Options)!;
    }

    private static void Merge(JsonObject row, JsonObject patch)
    {
        foreach (var (name, value) in patch)
        {
            if (value is JsonObject nested && row[name] is JsonObject current)
            {
                Merge(current, nested);
            }
            else
            {
                row[name] = value?.DeepClone();
            }
        }
    }
}
