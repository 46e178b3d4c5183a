using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Network.Gateway.Telemetry;

/// <summary>
/// OpenTelemetry for the gateway: HTTP server spans, the Orleans client's grain-call spans, Npgsql
/// commands; Orleans' meter and the project's own. OTLP is switched on by
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>; Prometheus scrapes <c>/metrics</c>.
/// </summary>
public static class GatewayTelemetry
{
    public static WebApplicationBuilder AddGatewayTelemetry(this WebApplicationBuilder builder)
    {
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        builder.Services.AddSingleton<GatewayMetrics>();
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("network-gateway"))
            .WithTracing(t =>
            {
                t.AddAspNetCoreInstrumentation(o => o.Filter = context =>
                    !context.Request.Path.StartsWithSegments("/metrics") && !context.Request.Path.StartsWithSegments("/health"));
                t.AddSource("Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application");
                t.AddNpgsql();
                if (otlp)
                {
                    t.AddOtlpExporter();
                }
            })
            .WithMetrics(m =>
            {
                m.AddAspNetCoreInstrumentation();
                m.AddMeter("Microsoft.Orleans", GatewayMetrics.MeterName);
                m.AddPrometheusExporter();
                if (otlp)
                {
                    m.AddOtlpExporter();
                }
            });
        return builder;
    }
}
