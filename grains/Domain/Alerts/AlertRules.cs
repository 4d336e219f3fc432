using ItsmOrleans.Contracts.Alerts;
using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Domain.Alerts;

/// <summary>What an Events API v2 event must hold, and how an alert's severity becomes an incident's impact and urgency.</summary>
public static class AlertRules
{
    public const int MaxDedupKey = 255;
    public const int MaxSummary = 1024;
    public const int MaxText = 1024;
    public const int MaxCustomDetails = 16_384;

    public static readonly string[] Actions = ["trigger", "acknowledge", "resolve"];
    public static readonly string[] Severities = ["critical", "error", "warning", "info"];

    /// <summary>Every problem with the event, worded like the Events API names its fields; empty when it is valid.</summary>
    public static IReadOnlyList<string> Problems(AlertEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var problems = new List<string>();
        if (!IsRoutingKey(e.RoutingKey))
        {
            problems.Add("'routing_key' is missing or not an integration key (20 to 64 letters, digits, '-' or '_').");
        }

        if (!Actions.Contains(e.Action))
        {
            problems.Add("'event_action' must be trigger, acknowledge or resolve.");
        }

        if (e.DedupKey.Length > MaxDedupKey)
        {
            problems.Add($"'dedup_key' is longer than {MaxDedupKey} characters.");
        }

        if (e.Action != "trigger")
        {
            if (e.DedupKey.Length == 0)
            {
                problems.Add($"'dedup_key' is required to {e.Action} an alert.");
            }

            return problems;
        }

        Required(problems, "payload.summary", e.Summary, MaxSummary);
        Required(problems, "payload.source", e.Source, MaxText);
        if (!Severities.Contains(e.Severity))
        {
            problems.Add("'payload.severity' must be critical, error, warning or info.");
        }

        Optional(problems, "payload.component", e.Component);
        Optional(problems, "payload.group", e.Group);
        Optional(problems, "payload.class", e.Class);
        if (e.CustomDetails is { Length: > MaxCustomDetails })
        {
            problems.Add($"'payload.custom_details' is larger than {MaxCustomDetails} characters.");
        }

        return problems;
    }

    public static bool IsRoutingKey(string? key) =>
        key is { Length: >= 20 and <= 64 } && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>critical → P1 (high, high), error → high impact, medium urgency, warning → medium, medium, info → low, low.</summary>
    public static (Impact Impact, Urgency Urgency) Weight(string severity) => severity switch
    {
        "critical" => (Impact.High, Urgency.High),
        "error" => (Impact.High, Urgency.Medium),
        "warning" => (Impact.Medium, Urgency.Medium),
        _ => (Impact.Low, Urgency.Low),
    };

    private static void Required(List<string> problems, string field, string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add($"'{field}' is missing or blank.");
        }
        else if (value.Length > max)
        {
            problems.Add($"'{field}' is longer than {max} characters.");
        }
    }

    private static void Optional(List<string> problems, string field, string? value)
    {
        if (value is { Length: > MaxText })
        {
            problems.Add($"'{field}' is longer than {MaxText} characters.");
        }
    }
}
