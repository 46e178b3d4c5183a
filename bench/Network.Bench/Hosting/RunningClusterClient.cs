using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Network.ServiceDefaults.Tls;
using Orleans.Configuration;

namespace Network.Bench.Hosting;

/// <summary>
/// An Orleans client of a running cluster (e.g. <c>bash scripts/run.sh</c>), found through the
/// silos' membership table in their PostgreSQL (ADO.NET clustering), as a gateway would: with mutual
/// TLS when the run's gateway certificate is in <c>.data/tls</c> of the working directory (the run
/// command's, see <c>Silo/Hosting/SiloTls.cs</c>), else without.
/// </summary>
public sealed class RunningClusterClient : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly ClusterCredentials? _credentials;

    private RunningClusterClient(IHost host, ClusterCredentials? credentials) => (_host, _credentials) = (host, credentials);

    public IGrainFactory Grains => _host.Services.GetRequiredService<IClusterClient>();

    public static async Task<RunningClusterClient> ConnectAsync(string connectionString, string clusterId, string serviceId, CancellationToken cancellationToken = default)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        var tls = Path.Combine(".data", "tls");
        var credentials = File.Exists(Path.Combine(tls, "gateway.pem"))
            ? ClusterCredentials.Load(
                ClusterRole.Gateway,
                new ClusterCertificatePaths(Path.GetFullPath(Path.Combine(tls, "gateway.pem")), Path.GetFullPath(Path.Combine(tls, "gateway.key.pem")), Path.GetFullPath(Path.Combine(tls, "ca.pem"))),
                null,
                TimeProvider.System)
            : null;
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = clusterId;
                o.ServiceId = serviceId;
            });
            client.UseAdoNetClustering(o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = connectionString;
            });
            if (credentials is not null)
            {
                client.UseClusterTls(credentials);
            }
        });
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return new RunningClusterClient(host, credentials);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        _credentials?.Dispose();
    }
}
