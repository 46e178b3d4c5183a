using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Network.ServiceDefaults.Tls;
using Network.Testing;
using Orleans.Configuration;
using Orleans.Connections.Security;
using Xunit.Abstractions;

namespace Network.Cluster.Tests;

/// <summary>
/// Issue 14: a silo process that requires mutual TLS serves only who shows a certificate of the
/// cluster's CA. Each test connects one more Orleans client (or starts one more silo) against the
/// fixture's silo, the way a gateway (or a silo) on another host would: through the membership table
/// in PostgreSQL, one attempt, no retries.
/// </summary>
public sealed class ClusterTlsTests(TlsSiloFixture cluster, ITestOutputHelper output) : IClassFixture<TlsSiloFixture>
{
    private static readonly TimeSpan Signal = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_gateway_with_a_certificate_of_the_cluster_CA_calls_grains()
    {
        using var client = await ConnectAsync(c => c.UseClusterTls(cluster.Certificates.TestClient));

        var hosts = await client.Services.GetRequiredService<IClusterClient>().GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);

        Assert.Equal([cluster.Silo.SiloPort], hosts.Keys.Select(s => s.Endpoint.Port));
        await client.StopAsync();
    }

    [Fact]
    public async Task A_client_without_TLS_is_refused()
    {
        await AssertRefusedAsync(_ => { });
        await AssertStillServesAsync();
    }

    [Fact]
    public async Task A_client_that_speaks_TLS_without_a_certificate_is_refused()
    {
        await AssertRefusedAsync(c => c.UseTls(o =>
        {
            o.ClientCertificateMode = RemoteCertificateMode.AllowCertificate;
            o.RemoteCertificateMode = RemoteCertificateMode.RequireCertificate;
            o.AllowAnyRemoteCertificate();
        }));
        await AssertStillServesAsync();
    }

    [Fact]
    public async Task A_client_with_a_certificate_of_another_CA_is_refused()
    {
        // The intruder's CA has the cluster CA's very name; its certificate names the host like the real ones do.
        var name = "intruder-" + Guid.NewGuid().ToString("N")[..8];
        using var otherAuthority = ClusterCertificateIssuer.CreateAuthority("test cluster CA", DateTimeOffset.UtcNow.AddHours(-1), TimeSpan.FromDays(1));
        using var intruder = ClusterCertificateIssuer.Issue(otherAuthority, ClusterRole.Gateway, name, [IPAddress.Loopback], ["localhost"], DateTimeOffset.UtcNow.AddHours(-1), TimeSpan.FromDays(1));

        // It trusts the cluster's real CA, so the only thing wrong is its own certificate.
        var trusted = new ClusterPeerValidator(cluster.Certificates.TestClient.Authorities, TimeProvider.System);
        await AssertRefusedAsync(c => c.UseTls(o =>
        {
            o.LocalCertificate = intruder;
            o.ClientCertificateMode = RemoteCertificateMode.RequireCertificate;
            o.RemoteCertificateValidation = (certificate, chain, _) => trusted.Check(certificate, chain, ClusterRole.Silo) is null;
        }));

        await cluster.Silo.WaitForLineAsync($"Orleans TLS refused a peer on the gateway port as a gateway: {intruder.Subject} ", Signal);
        await AssertStillServesAsync();
    }

    [Fact]
    public async Task A_silo_with_a_certificate_of_another_CA_cannot_join_the_cluster()
    {
        // A silo of its own CA (named like the cluster's) that also trusts the cluster's CA, whose
        // certificate is public: it accepts the cluster's silos, so only its own certificate can keep it out.
        var folder = Path.Combine(cluster.Folder, "other-" + Guid.NewGuid().ToString("N")[..6]);
        ClusterCertificateFiles.EnsurePrivateFolder(folder);
        var name = "intruding-silo-" + Guid.NewGuid().ToString("N")[..8];
        using var otherAuthority = ClusterCertificateIssuer.CreateAuthority("test cluster CA", DateTimeOffset.UtcNow.AddHours(-1), TimeSpan.FromDays(1));
        ClusterCertificateFiles.Write(otherAuthority, Path.Combine(folder, "ca.pem"), null);
        await File.AppendAllTextAsync(Path.Combine(folder, "ca.pem"), cluster.Certificates.Authority.ExportCertificatePem() + "\n");
        var paths = TestCertificates.IssueTo(folder, otherAuthority, name, ClusterRole.Silo, [IPAddress.Loopback], DateTimeOffset.UtcNow);
        var settings = cluster.SiloSettings(TestCertificates.SettingsFor(paths));
        settings["Orleans__Membership__MaxJoinAttemptTime"] = "00:00:20";

        using var certificate = X509CertificateLoader.LoadCertificateFromFile(paths.Certificate);

        await using var intruder = SiloProcess.Start(cluster.ClusterId, settings);
        await cluster.Silo.WaitForLineAsync($"Orleans TLS refused a peer on the silo port as a silo: {certificate.Subject} ", Signal);
        var exitCode = await intruder.WaitForExitAsync(TimeSpan.FromSeconds(180));

        Assert.NotEqual(0, exitCode);
        using var client = await ConnectAsync(c => c.UseClusterTls(cluster.Certificates.TestClient));
        var hosts = await client.Services.GetRequiredService<IClusterClient>().GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
        Assert.Equal([cluster.Silo.SiloPort], hosts.Keys.Select(s => s.Endpoint.Port));
        await client.StopAsync();
    }

    private async Task AssertRefusedAsync(Action<IClientBuilder> tls)
    {
        var refused = await Record.ExceptionAsync(async () =>
        {
            using var client = await ConnectAsync(tls);
            // Should it ever connect, a call must still fail for the test to pass.
            await client.Services.GetRequiredService<IClusterClient>().GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
        });

        Assert.NotNull(refused);
        output.WriteLine($"Refused: {refused.GetType().Name}: {refused.Message}");
    }

    /// <summary>After a refusal the silo goes on serving the cluster's own.</summary>
    private async Task AssertStillServesAsync()
    {
        using var client = await ConnectAsync(c => c.UseClusterTls(cluster.Certificates.TestClient));
        Assert.NotEmpty(await client.Services.GetRequiredService<IClusterClient>().GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true));
        await client.StopAsync();
    }

    private async Task<IHost> ConnectAsync(Action<IClientBuilder> tls)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (cluster.ClusterId, "convenience-network"));
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(20));
            client.UseAdoNetClustering(o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = cluster.Database.ConnectionString;
            });
            client.UseConnectionRetryFilter((_, _) => Task.FromResult(false));
            tls(client);
        });
        var host = builder.Build();
        try
        {
            await host.StartAsync();
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }
}
