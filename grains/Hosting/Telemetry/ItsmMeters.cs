using ItsmOrleans.Domain.Continuity;
using ItsmOrleans.Domain.Slas;

namespace ItsmOrleans.Hosting.Telemetry;

/// <summary>The names of the hub's own meters, which the telemetry setup listens to.</summary>
public static class ItsmMeters
{
    /// <summary>SLA thresholds and breaches, counted on silos.</summary>
    public const string Slas = SlaMetrics.MeterName;

    /// <summary>Alert ingestion on web hosts (accepted, deduplicated, refused, invalid).</summary>
    public const string Alerts = "ItsmOrleans.Alerts";

    /// <summary>Open incidents, board clients and push delay, on web hosts.</summary>
    public const string Boards = "ItsmOrleans.Boards";

    /// <summary>Continuity plans invoked, RTO levels reached and invocations ended, counted on silos.</summary>
    public const string Continuity = ContinuityMetrics.MeterName;

    public static readonly string[] All = [Slas, Alerts, Boards, Continuity];
}
