namespace ItsmOrleans.Hosting.Telemetry;

/// <summary>
/// Bound from "Telemetry". Export over OTLP is configured with OpenTelemetry's standard variables:
/// OTEL_EXPORTER_OTLP_ENDPOINT (none: no export), OTEL_EXPORTER_OTLP_PROTOCOL (grpc or http/protobuf), and the like.
/// </summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>Serve Prometheus' text format at /metrics.</summary>
    public bool Prometheus { get; set; } = true;
}
