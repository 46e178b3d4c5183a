using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Network.ServiceDefaults;

/// <summary>
/// What the silo and the gateway set up alike: OpenTelemetry (Orleans' activity sources and meter,
/// Npgsql commands, the project's "Network" meter, OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is
/// set), health checks (PostgreSQL, and whatever the host adds), and the cluster's identity
/// (<see cref="OrleansIdentity"/>). After dotnet/eShop's <c>AddServiceDefaults</c>.
/// <para>
/// Traces are recorded only when they go somewhere: <c>Telemetry:Tracing</c>, by default on exactly
/// when the OTLP endpoint is set. Without a listener Orleans, Npgsql and ASP.NET Core create no
/// activities at all; recording them for nobody cost a busy silo about 5 % of its CPU (measured,
/// docs/benchmarks.md). Metrics are always on.
/// </para>
/// </summary>
public static class ServiceDefaultsExtensions
{
    /// <summary>The project's own meter, beside Orleans' "Microsoft.Orleans".</summary>
    public const string NetworkMeter = "Network";

    /// <summary>Health checks that decide readiness carry this tag.</summary>
    public const string ReadyTag = "ready";

    /// <summary>Switches trace recording on or off; by default on when an OTLP endpoint is configured.</summary>
    public const string TracingSetting = "Telemetry:Tracing";

    public static IHostApplicationBuilder AddNetworkServiceDefaults(
        this IHostApplicationBuilder builder,
        string serviceName,
        Action<TracerProviderBuilder>? tracing = null,
        Action<MeterProviderBuilder>? metrics = null)
    {
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var telemetry = builder.Services.AddOpenTelemetry().ConfigureResource(r => r.AddService(serviceName));
        if (builder.Configuration.GetValue<bool?>(TracingSetting) ?? otlp)
        {
            telemetry.WithTracing(t =>
            {
                t.AddSource("Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application", "Microsoft.Orleans.Storage");
                t.AddNpgsql();
                tracing?.Invoke(t);
                if (otlp)
                {
                    t.AddOtlpExporter();
                }
            });
        }

        telemetry.WithMetrics(m =>
        {
            m.AddMeter("Microsoft.Orleans", NetworkMeter);
            metrics?.Invoke(m);
            if (otlp)
            {
                m.AddOtlpExporter();
            }
        });
        builder.Services.AddHealthChecks();
        if (builder.Configuration.GetValue<bool>(GcPauseLog.Setting))
        {
            builder.Services.AddHostedService<GcPauseLog>();
        }

        return builder;
    }

    /// <summary>Readiness needs PostgreSQL to answer a trivial query within 5 s.</summary>
    public static IHealthChecksBuilder AddPostgresCheck(this IHealthChecksBuilder checks, Func<IServiceProvider, NpgsqlDataSource> dataSource) =>
        checks.Add(new HealthCheckRegistration("postgresql", sp => new PostgresHealthCheck(dataSource(sp)), HealthStatus.Unhealthy, [ReadyTag]));
}
