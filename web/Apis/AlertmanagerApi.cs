using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ItsmOrleans.Contracts.Alerts;
using ItsmOrleans.Domain.Alerts;
using ItsmOrleans.Web.Ingestion;

namespace ItsmOrleans.Web.Apis;

/// <summary>
/// A Prometheus Alertmanager webhook receiver (<c>webhook_configs</c>, payload version 4): firing alerts trigger,
/// resolved ones resolve, each alert deduplicated by its fingerprint. The integration key in the path is the credential.
/// </summary>
public static class AlertmanagerApi
{
    public const int MaxAlerts = 1000;
    private const int Parallelism = 16;

    public static IEndpointRouteBuilder MapAlertmanagerApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/v1/alertmanager/{routingKey}", Receive).WithTags("Alerts").WithName("ReceiveAlertmanagerWebhook").AllowAnonymous().DisableRateLimiting()
            .WithSummary("Alertmanager webhook_configs receiver (version 4 payload); point its url at this path with an integration key");
        return app;
    }

    private static async Task<IResult> Receive(string routingKey, HttpRequest request, IGrainFactory grains, AlertAdmission admission, AlertIngestionCounters counters)
    {
        using var place = await admission.Enter(request.HttpContext.RequestAborted);
        if (place is null)
        {
            counters.Refused(IngestionRefusal.Overloaded, 1);
            return Throttled(request.HttpContext, TimeSpan.FromSeconds(1), "This hub is taking in more alert events than it can work on.");
        }

        var events = await ReadEvents(routingKey, request, counters);
        var lookup = await admission.FindKey(routingKey, request.HttpContext.Connection.RemoteIpAddress);
        if (lookup.Throttled)
        {
            counters.Refused(IngestionRefusal.UnknownKeyLookups, events.Count);
            return Throttled(request.HttpContext, TimeSpan.FromSeconds(1), "Too many calls with routing keys this hub does not know came from this address.");
        }

        var key = lookup.Key ?? throw new NotFoundException(lookup.Retired
            ? "This integration key was rotated and has retired; send events with the integration's current key."
            : $"'{routingKey}' is not an integration key of this hub.");
        if (admission.TakeQuota(key, events.Count) is { } wait)
        {
            counters.Refused(IngestionRefusal.KeyRateLimited, events.Count);
            return Throttled(request.HttpContext, wait, "Events for this integration key are arriving faster than its limit.");
        }

        // Alerts of one call are independent, but two events of one fingerprint keep their order.
        var deduplicated = 0;
        await Parallel.ForEachAsync(
            events.GroupBy(e => e.DedupKey, StringComparer.Ordinal),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = CancellationToken.None },
            async (alert, _) =>
            {
                foreach (var alertEvent in alert)
                {
                    var view = await grains.GetGrain<IAlertGrain>(AlertKeys.Alert(key, alertEvent.DedupKey)).Receive(alertEvent, key);
                    if (alertEvent.Action == "trigger" && view is { Count: > 1 })
                    {
                        Interlocked.Increment(ref deduplicated);
                    }
                }
            });
        counters.Accepted(events.Count, deduplicated);
        return Results.Ok(new { status = "success", processed = events.Count });
    }

    /// <summary>The call's alerts as events; a bad payload is a 400 naming every problem (and counted as invalid).</summary>
    private static async Task<List<AlertEvent>> ReadEvents(string routingKey, HttpRequest request, AlertIngestionCounters counters)
    {
        var errors = new FieldErrors();
        var body = await JsonBody.Read(request);
        if (body is not { ValueKind: JsonValueKind.Object } payload || !payload.TryGetProperty("alerts", out var alerts) || alerts.ValueKind != JsonValueKind.Array)
        {
            errors.Add(body is null ? "body" : "alerts", body is null ? "The body is not JSON." : "An Alertmanager webhook body has an 'alerts' array.");
        }
        else
        {
            if (payload.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.String && version.GetString() != "4")
            {
                errors.Add("version", $"Payload version {version.GetString()} is not understood; Alertmanager sends version 4.");
            }

            if (alerts.GetArrayLength() > MaxAlerts)
            {
                errors.Add("alerts", $"At most {MaxAlerts} alerts in one webhook call.");
            }
            else
            {
                var groupKey = Text(payload, "groupKey");
                var events = alerts.EnumerateArray().Select((alert, i) => ToEvent(routingKey, groupKey, alert, i, errors)).ToList();
                if (!errors.Any)
                {
                    return events;
                }
            }
        }

        counters.Invalid();
        errors.ThrowIfAny();
        return [];
    }

    private static IResult Throttled(HttpContext http, TimeSpan wait, string detail)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many alert events", detail: $"{detail} Nothing of this call was taken; retry after {seconds} s.");
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
