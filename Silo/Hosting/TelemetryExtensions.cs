using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Network.Silo.Hosting;

/// <summary>
/// OpenTelemetry for the silo: Orleans' activity sources and meter, Npgsql's commands. The OTLP
/// exporter is switched on by the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> setting.
/// </summary>
public static class TelemetryExtensions
{
    public static IHostApplicationBuilder AddNetworkTelemetry(this IHostApplicationBuilder builder, string serviceName)
    {
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(serviceName))
            .WithTracing(t =>
            {
                t.AddSource("Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application", "Microsoft.Orleans.Storage");
                t.AddNpgsql();
                if (otlp)
                {
                    t.AddOtlpExporter();
                }
            })
            .WithMetrics(m =>
            {
                m.AddMeter("Microsoft.Orleans", "Network");
                if (otlp)
                {
                    m.AddOtlpExporter();
                }
            });
        return builder;
    }
}
