using System.Diagnostics.Metrics;
using ItsmOrleans.Hosting.Telemetry;

namespace ItsmOrleans.Web.Ingestion;

/// <summary>
/// What this host did with alert events since it started: accepted (and of those, repeats of an open alert), refused
/// by reason, invalid. Also published as the metric "itsm.alerts.events" with an "outcome" tag.
/// </summary>
public sealed class AlertIngestionCounters : IDisposable
{
    private readonly Meter _meter = new(ItsmMeters.Alerts);
    private readonly Counter<long> _events;
    private readonly DateTimeOffset _since;
    private long _accepted;
    private long _deduplicated;
    private long _invalid;
    private readonly long[] _refused = new long[Enum.GetValues<IngestionRefusal>().Length];

    public AlertIngestionCounters(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _since = time.GetUtcNow();
        _events = _meter.CreateCounter<long>("itsm.alerts.events", description: "Alert events by outcome: accepted, deduplicated, refused, invalid");
    }

    public void Accepted(int events, int deduplicated)
    {
        Interlocked.Add(ref _accepted, events);
        Interlocked.Add(ref _deduplicated, deduplicated);
        _events.Add(events - deduplicated, new KeyValuePair<string, object?>("outcome", "accepted"));
        _events.Add(deduplicated, new KeyValuePair<string, object?>("outcome", "deduplicated"));
    }

    public void Refused(IngestionRefusal reason, int events)
    {
        Interlocked.Add(ref _refused[(int)reason], events);
        _events.Add(events, new KeyValuePair<string, object?>("outcome", "refused"), new KeyValuePair<string, object?>("reason", Name(reason)));
    }

    public void Invalid()
    {
        Interlocked.Increment(ref _invalid);
        _events.Add(1, new KeyValuePair<string, object?>("outcome", "invalid"));
    }

    public IngestionCounts Snapshot(int inFlight, int queued) => new(
        Environment.MachineName, _since, Interlocked.Read(ref _accepted), Interlocked.Read(ref _deduplicated),
        Enum.GetValues<IngestionRefusal>().ToDictionary(Name, r => Interlocked.Read(ref _refused[(int)r])),
        Interlocked.Read(ref _invalid), inFlight, queued);

    public static string Name(IngestionRefusal reason) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(reason.ToString());

    public void Dispose() => _meter.Dispose();
}

/// <summary>This host's alert ingestion since <paramref name="Since"/>; <paramref name="Accepted"/> includes the deduplicated events.</summary>
public sealed record IngestionCounts(
    string Host,
    DateTimeOffset Since,
    long Accepted,
    long Deduplicated,
    IReadOnlyDictionary<string, long> Refused,
    long Invalid,
    int InFlight,
    int Queued);
