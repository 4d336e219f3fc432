using System.Text.Json;
using ItsmOrleans.Contracts.Alerts;
using ItsmOrleans.Domain.Alerts;
using ItsmOrleans.Web.Ingestion;

namespace ItsmOrleans.Web.Apis;

/// <summary>
/// Alert ingestion compatible with the PagerDuty Events API v2 (POST /v2/enqueue: same body, same answers), so a
/// monitoring tool that talks to PagerDuty talks to the hub by changing one URL; integration keys under /api/integrations.
/// </summary>
public static class AlertIngestApi
{
    public static IEndpointRouteBuilder MapAlertIngestApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/v2/enqueue", Enqueue).WithTags("Alerts").WithName("EnqueueAlertEvent").AllowAnonymous().DisableRateLimiting()
            .WithSummary("Trigger, acknowledge or resolve an alert (PagerDuty Events API v2 body); the routing key is the credential");
        var keys = app.MapGroup("/api/integrations").WithTags("Alerts").RequireAuthorization(ItsmPolicies.Administer);
        keys.MapGet("/", IntegrationKeyListing.List).WithName("ListIntegrationKeys")
            .WithSummary("The keys events are taken with: current ones and rotated ones until they retire");
        keys.MapPut("/{routingKey}", DefineKey).WithName("DefineIntegrationKey").WithSummary("Bind a routing key to a service");
        keys.MapGet("/{routingKey}", GetKey).WithName("GetIntegrationKey");
        keys.MapPost("/{routingKey}/rotation", RotateKey).WithName("RotateIntegrationKey")
            .WithSummary("Replace a routing key with a generated one; the old key keeps working for the overlap (default one day)");
        var alerts = app.MapGroup("/api/alerts").WithTags("Alerts").RequireAuthorization(ItsmPolicies.WatchBoards);
        alerts.MapGet("/", ListAlerts).WithName("ListAlerts").WithSummary("Alerts by ?status=&serviceId=&incidentId=&dedupKey=&limit= (most recently seen first)");
        alerts.MapGet("/{id:guid}", GetAlert).WithName("GetAlert");
        app.MapGet("/api/alerts/ingestion", (AlertAdmission admission, AlertIngestionCounters counters) => Results.Ok(counters.Snapshot(admission.InFlight, admission.Queued)))
            .WithTags("Alerts").WithName("GetAlertIngestion").RequireAuthorization(ItsmPolicies.WatchBoards)
            .WithSummary("This web host's alert events since it started: accepted, deduplicated, refused (by reason), invalid; work in flight and queued");
        return app;
    }

    private static async Task<IResult> Enqueue(HttpRequest request, IGrainFactory grains, AlertAdmission admission, AlertIngestionCounters counters)
    {
        using var place = await admission.Enter(request.HttpContext.RequestAborted);
        if (place is null)
        {
            counters.Refused(IngestionRefusal.Overloaded, 1);
            return Throttled(request.HttpContext, TimeSpan.FromSeconds(1), "This hub is taking in more alert events than it can work on; retry shortly.");
        }

        if (await ReadEvent(request) is not { } parsed)
        {
            counters.Invalid();
            return Invalid(["The body is not a JSON object."]);
        }

        var (alertEvent, problems) = parsed;
        if (problems.Count > 0)
        {
            counters.Invalid();
            return Invalid(problems);
        }

        var lookup = await admission.FindKey(alertEvent.RoutingKey, request.HttpContext.Connection.RemoteIpAddress);
        if (lookup.Throttled)
        {
            counters.Refused(IngestionRefusal.UnknownKeyLookups, 1);
            return Throttled(request.HttpContext, TimeSpan.FromSeconds(1), "Too many events with routing keys this hub does not know came from this address.");
        }

        if (lookup.Key is not { } key)
        {
            counters.Invalid();
            return Invalid([lookup.Retired
                ? "'routing_key' was rotated and has retired; send events with the integration's current key."
                : "'routing_key' is not an integration key of this hub."]);
        }

        if (admission.TakeQuota(key, 1) is { } wait)
        {
            counters.Refused(IngestionRefusal.KeyRateLimited, 1);
            return Throttled(request.HttpContext, wait, "Events for this integration key are arriving faster than its limit; retry later.");
        }

        var alert = await grains.GetGrain<IAlertGrain>(AlertKeys.Alert(key, alertEvent.DedupKey)).Receive(alertEvent, key);
        counters.Accepted(1, deduplicated: alertEvent.Action == "trigger" && alert is { Count: > 1 } ? 1 : 0);
        return Results.Json(new { status = "success", message = "Event processed", dedup_key = alertEvent.DedupKey }, statusCode: StatusCodes.Status202Accepted);
    }

    /// <summary>The event in the body with every problem found in it; null when the body is not a JSON object.</summary>
    private static async Task<(AlertEvent Event, List<string> Problems)?> ReadEvent(HttpRequest request)
    {
        if (await JsonBody.Read(request) is not { ValueKind: JsonValueKind.Object } body)
        {
            return null;
        }

        var problems = new List<string>();
        var payload = body.TryGetProperty("payload", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
        var action = Text(body, "event_action", problems) ?? "";
        var dedupKey = Text(body, "dedup_key", problems) ?? (action == "trigger" ? Guid.NewGuid().ToString("N") : "");
        DateTimeOffset? timestamp = null;
        if (Text(payload, "timestamp", problems, "payload.") is { } stamp)
        {
            if (DateTimeOffset.TryParse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed))
            {
                timestamp = parsed;
            }
            else
            {
                problems.Add("'payload.timestamp' is not an ISO 8601 time.");
            }
        }

        var details = payload.ValueKind == JsonValueKind.Object && payload.TryGetProperty("custom_details", out var d) && d.ValueKind != JsonValueKind.Null
            ? d.GetRawText() : null;
        var alertEvent = new AlertEvent(
            Text(body, "routing_key", problems) ?? "", action, dedupKey,
            Text(payload, "summary", problems, "payload."), Text(payload, "source", problems, "payload."), Text(payload, "severity", problems, "payload."),
            timestamp, Text(payload, "component", problems, "payload."), Text(payload, "group", problems, "payload."), Text(payload, "class", problems, "payload."),
            details);
        problems.AddRange(AlertRules.Problems(alertEvent));
        return (alertEvent, problems);
    }

    /// <summary>429 in the Events API's shape, with Retry-After: the event was not taken; sending it again later is safe.</summary>
    private static IResult Throttled(HttpContext http, TimeSpan wait, string message)
    {
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return Results.Json(new { status = "throttled", message, errors = NotTaken }, statusCode: StatusCodes.Status429TooManyRequests);
    }

    private static async Task<IResult> DefineKey(string routingKey, IntegrationKeyRequest request, HttpContext http, IGrainFactory grains) =>
        Results.Ok(await grains.GetGrain<IIntegrationKeyGrain>(routingKey).Define(CallerContext.For(http), request.Name ?? "", request.ServiceId ?? ""));

    private static async Task<IResult> GetKey(string routingKey, IGrainFactory grains) =>
        Results.Ok(await grains.GetGrain<IIntegrationKeyGrain>(routingKey).Get() ?? throw new NotFoundException($"There is no integration key '{routingKey}'."));

    private static async Task<IResult> RotateKey(string routingKey, KeyRotationRequest? request, HttpContext http, IGrainFactory grains, AlertAdmission admission)
    {
        var rotation = await grains.GetGrain<IIntegrationKeyGrain>(routingKey).Rotate(CallerContext.For(http), request?.Overlap ?? KeyRotationRequest.DefaultOverlap);
        admission.Forget(routingKey);
        return Results.Ok(rotation);
    }

    private static async Task<IResult> GetAlert(Guid id, IGrainFactory grains, IAlertReadModel alerts, CancellationToken cancellationToken) =>
        await alerts.KeyOf(id, cancellationToken) is { } key && await grains.GetGrain<IAlertGrain>(key).Get() is { } alert
            ? Results.Ok(alert)
            : throw new NotFoundException($"There is no alert {id}.");

    /// <summary>Alerts from the read model, filtered by status, service, incident and dedup key.</summary>
    private static async Task<IResult> ListAlerts(HttpRequest request, IAlertReadModel alerts, CancellationToken cancellationToken)
    {
        var query = request.Query;
        var errors = new FieldErrors();
        foreach (var key in query.Keys.Where(k => !AlertQueryKeys.Contains(k)))
        {
            errors.Add(key, $"Unknown filter '{key}'. Use: {string.Join(", ", AlertQueryKeys)}.");
        }

        var status = EnumText.Parse<AlertStatus>(errors, "status", query["status"], required: false);
        Guid? incidentId = null;
        if (query["incidentId"] is { Count: > 0 } incidentText)
        {
            incidentId = Guid.TryParse(incidentText, out var parsed) ? parsed : null;
            if (incidentId is null)
            {
                errors.Add("incidentId", $"'{incidentText}' is not an incident id.");
            }
        }

        var dedupKey = query["dedupKey"] is { Count: > 0 } dedup ? dedup.ToString() : null;
        if (dedupKey is { Length: > AlertRules.MaxDedupKey })
        {
            errors.Add("dedupKey", $"A dedup key has at most {AlertRules.MaxDedupKey} characters.");
        }

        var limit = 100;
        if (query["limit"] is { Count: > 0 } limitText && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MaxListed))
        {
            errors.Add("limit", $"'limit' is a whole number from 1 to {MaxListed}.");
        }

        errors.ThrowIfAny();
        var serviceId = query["serviceId"] is { Count: > 0 } service ? service.ToString() : null;
        return Results.Ok(await alerts.List(new AlertFilter(status, serviceId, incidentId, dedupKey), limit, cancellationToken));
    }

    private const int MaxListed = 1000;
    private static readonly string[] NotTaken = ["Too many requests; the event was not taken."];
    private static readonly string[] AlertQueryKeys = ["status", "serviceId", "incidentId", "dedupKey", "limit"];

    /// <summary>The Events API's answer to a bad event: every problem, in its shape.</summary>
    private static IResult Invalid(IReadOnlyList<string> errors) =>
        Results.Json(new { status = "invalid event", message = "Event object is invalid", errors }, statusCode: StatusCodes.Status400BadRequest);

    private static string? Text(JsonElement element, string name, List<string> problems, string prefix = "")
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            problems.Add($"'{prefix}{name}' must be a string.");
            return null;
        }

        return value.GetString();
    }
}
