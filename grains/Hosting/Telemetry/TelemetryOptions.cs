namespace ItsmOrleans.Hosting.Telemetry;

/// <summary>Bound from "Telemetry".</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>
    /// Where traces and metrics go over OTLP (for example http://collector:4317); none when empty. The standard
    /// OTEL_EXPORTER_OTLP_ENDPOINT variable works too.
    /// </summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>Serve Prometheus' text format at /metrics.</summary>
    public bool Prometheus { get; set; } = true;
}
