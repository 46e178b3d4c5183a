using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Network.ServiceDefaults;
using OpenTelemetry.Trace;

namespace Network.Gateway.Tests.Infrastructure;

/// <summary>
/// The real gateway (its Program) in this process, configured as an Orleans client of a silo
/// process and on the test's PostgreSQL. Finished spans are collected in <see cref="Spans"/>.
/// A test may name the client address with the <c>X-Test-Client-IP</c> header (the test server
/// has no socket), so rate limits are tested per address. <paramref name="services"/> adds test
/// services after the gateway's own (so its grain call filters run inside the gateway's).
/// </summary>
public sealed class GatewayFactory(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null) : WebApplicationFactory<Program>
{
    public const string ClientIpHeader = "X-Test-Client-IP";

    public SpanCollection Spans { get; } = new();

    /// <summary>Every log line the gateway wrote, formatted.</summary>
    public LogSink Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        // The tests read the gateway's spans: record them as a deployment with an exporter does.
        builder.UseSetting(ServiceDefaultsExtensions.TracingSetting, "true");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(collection =>
        {
            collection.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(Spans));
            collection.AddTransient<IStartupFilter, TestClientAddressFilter>();
            collection.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(Logs);
            services?.Invoke(collection);
        });
    }

    private sealed class TestClientAddressFilter : IStartupFilter
    {
        public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
        {
            app.Use(async (HttpContext context, RequestDelegate nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = context.Request.Headers.TryGetValue(ClientIpHeader, out var ip)
                    ? IPAddress.Parse(ip.ToString())
                    : IPAddress.Loopback;
                await nextMiddleware(context);
            });
            next(app);
        };
    }
}

/// <summary>Finished spans; completes waiters when a span matching their condition arrives.</summary>
public sealed class SpanCollection : System.Collections.ObjectModel.Collection<Activity>
{
    private readonly List<(Func<Activity, bool> Match, TaskCompletionSource<Activity> Seen)> _waits = [];

    public Task<Activity> WaitForAsync(Func<Activity, bool> match)
    {
        lock (_waits)
        {
            var existing = this.FirstOrDefault(match);
            if (existing is not null)
            {
                return Task.FromResult(existing);
            }

            var seen = new TaskCompletionSource<Activity>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waits.Add((match, seen));
            return seen.Task;
        }
    }

    public IReadOnlyList<Activity> Snapshot()
    {
        lock (_waits)
        {
            return this.ToList();
        }
    }

    protected override void InsertItem(int index, Activity item)
    {
        lock (_waits)
        {
            base.InsertItem(index, item);
            foreach (var wait in _waits.Where(w => w.Match(item)).ToList())
            {
                wait.Seen.TrySetResult(item);
                _waits.Remove(wait);
            }
        }
    }
}
