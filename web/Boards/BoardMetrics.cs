using System.Diagnostics.Metrics;
using ItsmOrleans.Hosting.Telemetry;

namespace ItsmOrleans.Web.Boards;

/// <summary>
/// What this host's boards show and how fast: open incidents by priority and by status (every web host sees the whole
/// hub, so aggregate with max, not sum), connected board clients, and the delay from a change in its grain to the
/// delta that carries it being handed to its scope's clients.
/// </summary>
public sealed class BoardMetrics
{
    private static readonly double[] DelayBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly Meter _meter;
    private readonly Histogram<double> _pushDelay;

    public BoardMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _meter = meters.Create(ItsmMeters.Boards);
        _pushDelay = _meter.CreateHistogram("itsm.board.push.delay", "s",
            "From a change in its grain to the board delta carrying it being handed to the clients of its scope, per delta (its oldest change)",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DelayBuckets });
    }

    /// <summary>Publishes the feed's gauges; called once by the feed.</summary>
    public void Observe(BoardFeed feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        _meter.CreateObservableGauge("itsm.board.clients", () => feed.Subscribers, "{client}", "Board clients connected to this host");
        _meter.CreateObservableGauge("itsm.incidents.open.priority",
            () => feed.HubCounters().ByPriority.Select(p => new Measurement<int>(p.Value, new KeyValuePair<string, object?>("priority", p.Key))),
            "{incident}", "Open incidents by priority");
        _meter.CreateObservableGauge("itsm.incidents.open.status",
            () => feed.HubCounters().ByStatus.Select(s => new Measurement<int>(s.Value, new KeyValuePair<string, object?>("status", s.Key))),
            "{incident}", "Open incidents by status");
        _meter.CreateObservableGauge("itsm.incidents.breached", () => feed.HubCounters().Breached, "{incident}", "Open incidents that breached an SLA");
    }

    public void DeltaSent(TimeSpan sinceOldestChange) => _pushDelay.Record(Math.Max(0, sinceOldestChange.TotalSeconds));
}
