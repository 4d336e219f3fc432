using System.Text.Json;
using System.Text.Json.Nodes;
using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Web.Boards;

/// <summary>
/// What a board needs to bring a row it shows up to date: the row's id and, of its fields, only those whose value
/// changed. Nested objects (the SLA clocks) are patched field by field too; arrays and plain values are replaced whole.
/// A client merges a patch into the row it holds; the merged row equals the new row (docs/board-protocol.md).
/// </summary>
public static class RowPatch
{
    public static JsonObject Between(IncidentSummary shown, IncidentSummary now, JsonSerializerOptions json)
    {
        var patch = Diff(ToObject(shown, json), ToObject(now, json));
        patch.Insert(0, "id", JsonValue.Create(now.Id));
        return patch;
    }

    private static JsonObject ToObject(IncidentSummary row, JsonSerializerOptions json) =>
        JsonSerializer.SerializeToNode(row, json)?.AsObject() ?? throw new InvalidOperationException("A row serialises to an object.");

    private static JsonObject Diff(JsonObject before, JsonObject after)
    {
        var patch = new JsonObject();
        foreach (var name in after.Select(p => p.Key).ToList())
        {
            var value = after[name];
            var old = before[name];
            if (JsonNode.DeepEquals(old, value))
            {
                continue;
            }

            if (old is JsonObject oldObject && value is JsonObject newObject)
            {
                patch[name] = Diff(oldObject, newObject);
                continue;
            }

            after.Remove(name);
            patch[name] = value;
        }

        return patch;
    }
}
