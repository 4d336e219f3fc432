using System.Text.Json.Nodes;

namespace ItsmOrleans.LoadTest.Scenarios;

/// <summary>
/// The events of a storm, from a seed: each event repeats an alert already sent with the chosen probability, or fires
/// a new one; alerts spread over a few groups and severities. The same seed gives the same storm.
/// </summary>
public sealed class StormGenerator(int seed, double duplicates)
{
    private static readonly string[] Severities = ["critical", "error", "warning", "warning", "info"];
    private const int Groups = 8;
    private readonly Random _random = new(seed);
    private int _alerts;

    public JsonObject Next()
    {
        var repeat = _alerts > 0 && _random.NextDouble() < duplicates;
        var alert = repeat ? _random.Next(_alerts) : _alerts++;
        var name = alert.ToString("D6", CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["event_action"] = "trigger",
            ["dedup_key"] = $"storm-{name}",
            ["payload"] = new JsonObject
            {
                ["summary"] = $"Probe {name} failing",
                ["source"] = $"host-{alert % 97}",
                ["severity"] = Severities[alert % Severities.Length],
                ["group"] = $"rack-{alert % Groups}",
                ["component"] = "probe",
            },
        };
    }
}
