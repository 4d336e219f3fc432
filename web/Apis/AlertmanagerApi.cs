using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ItsmOrleans.Contracts.Alerts;
using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Grains.Alerts;
using ItsmOrleans.Grains.Incidents;

namespace ItsmOrleans.Web.Apis;

/// <summary>
/// A Prometheus Alertmanager webhook receiver (<c>webhook_configs</c>, payload version 4): firing alerts trigger,
/// resolved ones resolve, each alert deduplicated by its fingerprint. The integration key in the path is the credential.
/// </summary>
public static class AlertmanagerApi
{
    public const int MaxAlerts = 1000;

    public static IEndpointRouteBuilder MapAlertmanagerApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/v1/alertmanager/{routingKey}", Receive).WithTags("Alerts").WithName("ReceiveAlertmanagerWebhook").AllowAnonymous()
            .WithSummary("Alertmanager webhook_configs receiver (version 4 payload); point its url at this path with an integration key");
        return app;
    }

    private static async Task<IResult> Receive(string routingKey, HttpRequest request, IGrainFactory grains)
    {
        var body = await JsonBody.Read(request) ?? throw new DomainValidationException("body", "The body is not JSON.");
        var errors = new FieldErrors();
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("alerts", out var alerts) || alerts.ValueKind != JsonValueKind.Array)
        {
            errors.Add("alerts", "An Alertmanager webhook body has an 'alerts' array.");
            errors.ThrowIfAny();
            return Results.BadRequest();
        }

        if (body.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.String && version.GetString() != "4")
        {
            errors.Add("version", $"Payload version {version.GetString()} is not understood; Alertmanager sends version 4.");
        }

        if (alerts.GetArrayLength() > MaxAlerts)
        {
            errors.Add("alerts", $"At most {MaxAlerts} alerts in one webhook call.");
        }

        errors.ThrowIfAny();
        if (await grains.GetGrain<IIntegrationKeyGrain>(routingKey).Get() is not { } key)
        {
            throw new NotFoundException($"'{routingKey}' is not an integration key of this hub.");
        }

        var groupKey = Text(body, "groupKey");
        var events = alerts.EnumerateArray().Select((alert, i) => ToEvent(routingKey, groupKey, alert, i, errors)).ToList();
        errors.ThrowIfAny();
        foreach (var alertEvent in events)
        {
            await grains.GetGrain<IAlertGrain>(AlertKeys.Alert(routingKey, alertEvent.DedupKey)).Receive(alertEvent, key);
        }

        return Results.Ok(new { status = "success", processed = events.Count });
    }

    private static AlertEvent ToEvent(string routingKey, string? groupKey, JsonElement alert, int index, FieldErrors errors)
    {
        var labels = Strings(alert, "labels");
        var annotations = Strings(alert, "annotations");
        var status = Text(alert, "status");
        if (status is not ("firing" or "resolved"))
        {
            errors.Add($"alerts[{index}].status", "'status' is firing or resolved.");
        }

        var fingerprint = Text(alert, "fingerprint") ?? Fingerprint(labels);
        var startsAt = DateTimeOffset.TryParse(Text(alert, "startsAt"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : (DateTimeOffset?)null;
        var details = JsonSerializer.Serialize(new { labels, annotations, startsAt = Text(alert, "startsAt"), generatorURL = Text(alert, "generatorURL") });
        var alertEvent = new AlertEvent(
            routingKey,
            status == "resolved" ? "resolve" : "trigger",
            fingerprint,
            annotations.GetValueOrDefault("summary") ?? annotations.GetValueOrDefault("description") ?? labels.GetValueOrDefault("alertname") ?? "Alertmanager alert",
            labels.GetValueOrDefault("instance") ?? labels.GetValueOrDefault("job") ?? "alertmanager",
            Severity(labels.GetValueOrDefault("severity")),
            startsAt,
            labels.GetValueOrDefault("job"),
            groupKey,
            labels.GetValueOrDefault("alertname"),
            details);
        foreach (var problem in AlertRules.Problems(alertEvent))
        {
            errors.Add($"alerts[{index}]", problem);
        }

        return alertEvent;
    }

    /// <summary>Prometheus rules name severities freely; the common ones map, anything else counts as a warning.</summary>
    private static string Severity(string? label) => label?.ToLowerInvariant() switch
    {
        "critical" or "page" or "fatal" => "critical",
        "error" or "high" or "major" => "error",
        "info" or "informational" or "low" or "none" => "info",
        _ => "warning",
    };

    /// <summary>When an alert has no fingerprint, the same labels still make the same alert.</summary>
    private static string Fingerprint(IReadOnlyDictionary<string, string> labels)
    {
        var text = string.Join('\n', labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }

    private static Dictionary<string, string> Strings(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var map) && map.ValueKind == JsonValueKind.Object
            ? map.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String).ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal)
            : [];

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
