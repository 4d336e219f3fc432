using System.Diagnostics.Metrics;
using OpenTelemetry.Metrics;

namespace ItsmOrleans.Hosting.Telemetry;

/// <summary>
/// Metrics of the hub's outgoing calls (webhooks, DNS) without where they went: /metrics is read without signing in, and
/// webhook targets are administrators' configuration. Counts by method, status and error stay.
/// </summary>
internal static class OutgoingCallMetrics
{
    private static readonly string[] Kept = ["http.request.method", "http.response.status_code", "error.type", "network.protocol.version", "url.scheme"];

    public static MetricStreamConfiguration? View(Instrument instrument) =>
        instrument.Meter.Name is "System.Net.Http" or "System.Net.NameResolution"
            ? new MetricStreamConfiguration { TagKeys = Kept }
            : null;
}
