using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ItsmOrleans.Hosting.Telemetry;

/// <summary>
/// OpenTelemetry for both hosts. Metrics of ASP.NET Core, Orleans, Npgsql, the runtime and the hub's own meters are
/// scraped by Prometheus at /metrics and exported over OTLP when an endpoint is set; so are traces of the same (an
/// Orleans call carries its caller's trace to the silo). Log entries carry the trace id, the correlation id a problem
/// response names as traceId, on every host a request went through.
/// </summary>
public static class TelemetryServiceCollectionExtensions
{
    public const string MetricsPath = "/metrics";

    public static IServiceCollection AddItsmTelemetry(this IServiceCollection services, IConfiguration configuration, string serviceName)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new();
        // The exporter reads the standard OTEL_EXPORTER_OTLP_* variables itself (endpoint, protocol, headers).
        var otlp = !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);

        services.AddSingleton(options);
        services.AddSingleton(MetricsAccess.From(options));
        services.Configure<LoggerFactoryOptions>(o => o.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName, serviceInstanceId: $"{Environment.MachineName}/{Environment.ProcessId}"))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter("Microsoft.Orleans")
                    .AddMeter(ItsmMeters.All)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddView(OutgoingCallMetrics.View)
                    .AddRuntimeInstrumentation()
                    .AddNpgsqlInstrumentation();
                if (options.Prometheus)
                {
                    metrics.AddPrometheusExporter();
                }

                if (otlp)
                {
                    metrics.AddOtlpExporter();
                }
            });
        // Without a collector nothing reads a span's data, so spans are not recorded: they are still created (ASP.NET
        // Core starts its request's own), and their ids still reach every host's log entries and problem responses.
        telemetry.WithTracing(tracing =>
        {
            if (!otlp)
            {
                tracing.SetSampler(new AlwaysOffSampler());
            }

            tracing.AddSource("Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application")
                .AddAspNetCoreInstrumentation(o => o.Filter = http =>
                    !http.Request.Path.StartsWithSegments("/health") && !http.Request.Path.StartsWithSegments(MetricsPath))
                .AddHttpClientInstrumentation()
                .AddNpgsql();
            if (otlp)
            {
                tracing.AddOtlpExporter();
            }
        });

        return services;
    }

    /// <summary>
    /// Serves Prometheus' text format at /metrics when enabled: without signing in, like /health, but only to the
    /// networks (and on the port) <see cref="MetricsAccess"/> allows.
    /// </summary>
    public static IEndpointRouteBuilder MapItsmMetrics(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (endpoints.ServiceProvider.GetRequiredService<TelemetryOptions>().Prometheus)
        {
            var access = endpoints.ServiceProvider.GetRequiredService<MetricsAccess>();
            endpoints.MapPrometheusScrapingEndpoint(MetricsPath, meterProvider: null, configureBranchedPipeline: branch => branch.Use(async (http, next) =>
            {
                if (access.Refusal(http.Connection) is { } status)
                {
                    await Results.Problem(
                        statusCode: status,
                        detail: status == StatusCodes.Status404NotFound
                            ? $"Metrics are served on another port ({TelemetryOptions.Section}:{nameof(TelemetryOptions.MetricsPort)})."
                            : $"Metrics are served only to the networks of {MetricsAccess.NetworksSetting}.").ExecuteAsync(http);
                    return;
                }

                await next(http);
            }), optionsName: null).AllowAnonymous();
        }

        return endpoints;
    }
}
