using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Network.ServiceDefaults;
using OpenTelemetry.Trace;

namespace Network.Gateway.Tests;

/// <summary>
/// Traces are recorded only when they go somewhere (<c>Telemetry:Tracing</c>, by default on exactly
/// when an OTLP endpoint is configured): without a tracer provider nobody listens to Orleans',
/// Npgsql's or ASP.NET Core's activity sources, and they create no activities.
/// </summary>
public sealed class TracingSwitchTests
{
    [Theory]
    [InlineData(null, null, false)]
    [InlineData("http://127.0.0.1:4317", null, true)]
    [InlineData(null, "true", true)]
    [InlineData("http://127.0.0.1:4317", "false", false)]
    public void Traces_are_recorded_only_when_an_exporter_is_configured_or_tracing_is_switched_on(string? otlpEndpoint, string? tracing, bool recorded)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = otlpEndpoint,
            [ServiceDefaultsExtensions.TracingSetting] = tracing,
        });

        builder.AddNetworkServiceDefaults("tracing-switch-test");
        using var host = builder.Build();

        Assert.Equal(recorded, host.Services.GetService<TracerProvider>() is not null);
    }
}
