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

    /// <summary>
    /// Networks (CIDR, such as 10.0.0.0/8 or fd00::/8) whose clients may read /metrics; none listed: loopback only.
    /// "0.0.0.0/0" and "::/0" open it to every address.
    /// </summary>
    public List<string> MetricsAllowedNetworks { get; set; } = [];

    /// <summary>Serve /metrics only on this one of the ports the host listens on (a port the public balancer does not reach); none: any.</summary>
    public int? MetricsPort { get; set; }
}
