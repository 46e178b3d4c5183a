using Network.ServiceDefaults;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Network.Gateway.Telemetry;

/// <summary>
/// OpenTelemetry for the gateway: the shared defaults of silo and gateway (Orleans' grain-call
/// spans and meter, Npgsql commands, the project's "Network" meter, OTLP when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; <see cref="ServiceDefaultsExtensions"/>), plus what only
/// a web host has: HTTP server spans and metrics, and Prometheus at <c>/metrics</c>.
/// </summary>
public static class GatewayTelemetry
{
    public static WebApplicationBuilder AddGatewayTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<GatewayMetrics>();
        builder.AddNetworkServiceDefaults(
            "network-gateway",
            tracing: t => t.AddAspNetCoreInstrumentation(o => o.Filter = context =>
                !context.Request.Path.StartsWithSegments("/metrics") && !context.Request.Path.StartsWithSegments("/health")),
            metrics: m => m.AddAspNetCoreInstrumentation().AddPrometheusExporter());
        return builder;
    }
}
