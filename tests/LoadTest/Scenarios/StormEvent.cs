using System.Text.Json.Nodes;

namespace ItsmOrleans.LoadTest.Scenarios;

/// <summary>
/// One event of an alert storm as a storm file keeps it: when it was due (milliseconds from the start of the run) and
/// its Events API body without the routing key, which the replaying run supplies.
/// </summary>
public sealed record StormEvent(double At, JsonObject Event)
{
    public static StormEvent Parse(string line) =>
        JsonSerializer.Deserialize<StormEvent>(line, JsonSerializerOptions.Web) ?? throw new FormatException("A storm file line is empty.");

    public string ToLine() => JsonSerializer.Serialize(this, JsonSerializerOptions.Web);

    /// <summary>The body to send: the event with the run's routing key.</summary>
    public JsonObject WithRoutingKey(string routingKey)
    {
        var body = (JsonObject)Event.DeepClone();
        body["routing_key"] = routingKey;
        return body;
    }
}
