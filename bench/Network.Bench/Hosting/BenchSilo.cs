using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Network.Grains.Hosting;
using Network.Grains;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;

namespace Network.Bench.Hosting;

/// <summary>
/// One Orleans silo in this process, on loopback ports of its own, with the project's storage on
/// PostgreSQL (<see cref="SiloStorageExtensions.AddNetworkStorage"/>) or in memory. Grain calls
/// go through the silo's own client: the in-memory path, no network hop.
/// </summary>
public sealed class BenchSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private BenchSilo(IHost host) => _host = host;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public IServiceProvider Services => _host.Services;

    /// <param name="connectionString">PostgreSQL for grain state, reminders and matters; null for memory.</param>
    /// <param name="keepIdleActivations">Idle activations stay until collected on purpose (the memory benchmark).</param>
    /// <param name="collectIdleAfter">
    /// Idle activations are collected after this long (Orleans' collection age), so that defining a
    /// whole country does not keep every point and catalog it touched; null for Orleans' default.
    /// </param>
    public static async Task<BenchSilo> StartAsync(
        string? connectionString,
        bool keepIdleActivations = false,
        TimeSpan? collectIdleAfter = null,
        CancellationToken cancellationToken = default)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Critical);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(FreePort(), FreePort(), serviceId: "network-bench", clusterId: "bench-" + Guid.NewGuid().ToString("N")[..8]);
            if (connectionString is null)
            {
                silo.AddNetworkStorageInMemory();
            }
            else
            {
                silo.AddNetworkStorage(connectionString);
            }

            if (collectIdleAfter is { } age)
            {
                silo.Configure<GrainCollectionOptions>(o => o.CollectionAge = age);
            }

            if (keepIdleActivations)
            {
                silo.Configure<GrainCollectionOptions>(o => o.CollectionAge = TimeSpan.FromHours(6));
            }

            if (keepIdleActivations || collectIdleAfter is not null)
            {
                // Collecting the whole country's 640k activations at once takes longer than the
                // default 30 s response timeout of the management call, and on a loaded machine a
                // township registering its villages one write after another can too.
                silo.Configure<SiloMessagingOptions>(o =>
                {
                    o.ResponseTimeout = TimeSpan.FromMinutes(15);
                    o.SystemResponseTimeout = TimeSpan.FromMinutes(15);
                });
            }
        });

        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return new BenchSilo(host);
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _host.StopAsync(timeout.Token);
        }
        finally
        {
            _host.Dispose();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
