using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Network.ServiceDefaults.Tls;
using Network.Testing;
using Orleans.Configuration;

namespace Network.Cluster.Tests;

/// <summary>
/// Issue 14, the run command's side: the silo process on the embedded configuration (as
/// <c>scripts/run.sh</c> starts it) makes its own CA and certificates under its data folder the
/// first time, reuses them afterwards, and then speaks only mutual TLS. The embedded PostgreSQL is
/// pointed at a folder without server binaries, so the silo falls back to memory and the test needs
/// no server: certificates are settled before and apart from the storage.
/// </summary>
[Collection(HostNetworkCollection.Name)]
public sealed class EmbeddedRunTlsTests : IDisposable
{
    private const string FolderLine = "Orleans TLS certificates folder (CA, silo, gateway; mode 700): ";
    private static readonly TimeSpan Startup = TimeSpan.FromSeconds(120);
    private static readonly string[] Files = ["ca.pem", "ca.key.pem", "silo.pem", "silo.key.pem", "gateway.pem", "gateway.key.pem"];
    private readonly string _root = Path.Combine(Path.GetTempPath(), "network-tls-tests", "embedded-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public async Task The_embedded_run_makes_its_CA_and_certificates_once_in_a_private_folder_and_serves_only_mutual_TLS()
    {
        var data = Path.Combine(_root, ".data");
        var tls = Path.Combine(data, "tls");
        var clusterId = "embedded-" + Guid.NewGuid().ToString("N")[..8];
        var settings = new Dictionary<string, string>
        {
            ["Network__Storage"] = "Embedded",
            ["Network__Embedded__Directory"] = Path.Combine(data, "postgres"),
            ["Network__Embedded__BinDirectory"] = Path.Combine(_root, "no-postgres-here"),
            ["Network__LoadDemoNetwork"] = "false",
        };
        Dictionary<string, byte[]> first;

        await using (var silo = SiloProcess.Start(clusterId, settings))
        {
            await silo.WaitForLineAsync("Application started", Startup);
            Assert.Contains(FolderLine + tls, silo.Output, StringComparison.Ordinal);
            Assert.Contains("Orleans TLS: made ca.pem, silo.pem, gateway.pem", silo.Output, StringComparison.Ordinal);

            Assert.Equal(ClusterCertificateFiles.PrivateFolder, File.GetUnixFileMode(tls));
            Assert.Equal(Files.Order(), Directory.GetFiles(tls).Select(f => Path.GetFileName(f)).Order());
            Assert.All(Files, f => Assert.Equal(ClusterCertificateFiles.PrivateFile, File.GetUnixFileMode(Path.Combine(tls, f))));

            // The gateway's files (what run.sh hands the gateway) open the cluster; nothing else does.
            using (var gateway = ClusterCredentials.Load(ClusterRole.Gateway, GatewayPaths(tls), null, TimeProvider.System))
            {
                Assert.NotEmpty(await HostsAsync(clusterId, silo.GatewayPort, gateway));
            }

            Assert.NotNull(await Record.ExceptionAsync(() => HostsAsync(clusterId, silo.GatewayPort, null)));
            first = Files.ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(tls, f)));
            await silo.StopAsync();
        }

        // The next start finds them and makes nothing.
        await using (var again = SiloProcess.Start(clusterId, settings))
        {
            await again.WaitForLineAsync("Application started", Startup);
            Assert.Contains(FolderLine + tls, again.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("Orleans TLS: made", again.Output, StringComparison.Ordinal);
            Assert.All(Files, f => Assert.Equal(first[f], File.ReadAllBytes(Path.Combine(tls, f))));
            using (var gateway = ClusterCredentials.Load(ClusterRole.Gateway, GatewayPaths(tls), null, TimeProvider.System))
            {
                Assert.NotEmpty(await HostsAsync(clusterId, again.GatewayPort, gateway));
            }

            await again.StopAsync();
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static ClusterCertificatePaths GatewayPaths(string tls) =>
        new(Path.Combine(tls, "gateway.pem"), Path.Combine(tls, "gateway.key.pem"), Path.Combine(tls, "ca.pem"));

    /// <summary>The cluster's silos, asked through its gateway port by a client with <paramref name="tls"/> (or none); one attempt.</summary>
    private static async Task<Dictionary<SiloAddress, SiloStatus>> HostsAsync(string clusterId, int gatewayPort, ClusterCredentials? tls)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (clusterId, "convenience-network"));
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(20));
            client.UseStaticClustering(new IPEndPoint(IPAddress.Loopback, gatewayPort));
            client.UseConnectionRetryFilter((_, _) => Task.FromResult(false));
            if (tls is not null)
            {
                client.UseClusterTls(tls);
            }
        });
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            return await host.Services.GetRequiredService<IClusterClient>().GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
        }
        finally
        {
            await host.StopAsync();
        }
    }
}
