using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Time.Testing;
using Network.ServiceDefaults.Tls;

namespace Network.Cluster.Tests;

/// <summary>
/// Issue 14: the certificates a cluster's CA issues (what they allow, for how long, which names),
/// the files they are kept in, and the embedded run's folder of them.
/// </summary>
[Collection(HostNetworkCollection.Name)]
public sealed class ClusterCertificateTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly IPAddress HostAddress = IPAddress.Parse("198.51.100.11");
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "network-tls-tests", "certificates-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public void The_cluster_CA_may_sign_certificates_and_nothing_else()
    {
        using var authority = ClusterCertificateIssuer.CreateAuthority("cluster CA", Start, TimeSpan.FromDays(3650));

        var constraints = Assert.Single(authority.Extensions.OfType<X509BasicConstraintsExtension>());
        Assert.True(constraints is { CertificateAuthority: true, HasPathLengthConstraint: true, PathLengthConstraint: 0, Critical: true });
        var usage = Assert.Single(authority.Extensions.OfType<X509KeyUsageExtension>());
        Assert.Equal(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, usage.KeyUsages);
        Assert.True(usage.Critical);
        Assert.Empty(authority.Extensions.OfType<X509EnhancedKeyUsageExtension>());
        Assert.Equal(authority.Subject, authority.Issuer);
        Assert.Equal((Start.UtcDateTime, Start.UtcDateTime.AddDays(3650)), (authority.NotBefore.ToUniversalTime(), authority.NotAfter.ToUniversalTime()));
        using var key = authority.GetECDsaPublicKey();
        Assert.Equal(256, key!.KeySize);
    }

    [Fact]
    public void A_silo_certificate_serves_and_connects_names_its_host_and_is_no_CA()
    {
        using var authority = ClusterCertificateIssuer.CreateAuthority("cluster CA", Start, TimeSpan.FromDays(3650));
        using var silo = ClusterCertificateIssuer.Issue(authority, ClusterRole.Silo, "s1", [HostAddress, IPAddress.Loopback], ["s1.cluster.example", "localhost"], Start, TimeSpan.FromDays(825));

        Assert.Equal(
            [ClusterUsages.ServerAuthentication, ClusterUsages.ClientAuthentication],
            Assert.Single(silo.Extensions.OfType<X509EnhancedKeyUsageExtension>()).EnhancedKeyUsages.Cast<Oid>().Select(o => o.Value));
        var usage = Assert.Single(silo.Extensions.OfType<X509KeyUsageExtension>());
        Assert.True(usage is { KeyUsages: X509KeyUsageFlags.DigitalSignature, Critical: true });
        Assert.False(Assert.Single(silo.Extensions.OfType<X509BasicConstraintsExtension>()).CertificateAuthority);
        var names = Assert.Single(silo.Extensions.OfType<X509SubjectAlternativeNameExtension>());
        Assert.Equal([HostAddress, IPAddress.Loopback], names.EnumerateIPAddresses());
        Assert.Equal(["s1.cluster.example", "localhost"], names.EnumerateDnsNames());
        Assert.Equal(authority.Subject, silo.Issuer);
        Assert.Equal(
            Assert.Single(authority.Extensions.OfType<X509SubjectKeyIdentifierExtension>()).SubjectKeyIdentifierBytes.ToArray(),
            Assert.Single(silo.Extensions.OfType<X509AuthorityKeyIdentifierExtension>()).KeyIdentifier!.Value.ToArray());
        Assert.Equal((Start.UtcDateTime, Start.UtcDateTime.AddDays(825)), (silo.NotBefore.ToUniversalTime(), silo.NotAfter.ToUniversalTime()));
        Assert.True(silo.HasPrivateKey);
        Assert.Contains("CN=s1", silo.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gateway_certificate_only_connects()
    {
        using var authority = ClusterCertificateIssuer.CreateAuthority("cluster CA", Start, TimeSpan.FromDays(3650));
        using var gateway = ClusterCertificateIssuer.Issue(authority, ClusterRole.Gateway, "g1", [HostAddress], [], Start, TimeSpan.FromDays(825));

        Assert.Equal(
            [ClusterUsages.ClientAuthentication],
            Assert.Single(gateway.Extensions.OfType<X509EnhancedKeyUsageExtension>()).EnhancedKeyUsages.Cast<Oid>().Select(o => o.Value));
    }

    [Fact]
    public void A_certificate_ends_no_later_than_its_CA()
    {
        using var authority = ClusterCertificateIssuer.CreateAuthority("cluster CA", Start, TimeSpan.FromDays(10));
        using var silo = ClusterCertificateIssuer.Issue(authority, ClusterRole.Silo, "s1", [HostAddress], [], Start, TimeSpan.FromDays(825));

        Assert.Equal(authority.NotAfter, silo.NotAfter);
    }

    [Fact]
    public void A_certificate_and_its_encrypted_key_written_as_PEM_load_back_only_with_the_password()
    {
        var paths = WriteCluster(ClusterRole.Silo, keyPassword: "s3cret-key");

        using (var loaded = ClusterCredentials.Load(ClusterRole.Silo, paths, "s3cret-key", new FakeTimeProvider(Start.AddDays(1))))
        {
            Assert.True(loaded.Certificate.HasPrivateKey);
            Assert.Single(loaded.Authorities);
        }

        Assert.Contains("-----BEGIN ENCRYPTED PRIVATE KEY-----", File.ReadAllText(paths.Key!), StringComparison.Ordinal);
        Assert.Equal(ClusterCertificateFiles.PrivateFile, File.GetUnixFileMode(paths.Key!));
        var wrong = Assert.Throws<ClusterTlsException>(() => ClusterCredentials.Load(ClusterRole.Silo, paths, "guess", new FakeTimeProvider(Start.AddDays(1))));
        Assert.Contains(paths.Certificate, wrong.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_configured_certificate_the_cluster_would_refuse_stops_the_start()
    {
        var gatewayPaths = WriteCluster(ClusterRole.Gateway, keyPassword: null);
        var time = new FakeTimeProvider(Start.AddDays(1));

        // A gateway's certificate configured on a silo, an expired one, and a CA file holding no CA.
        Assert.Contains("as a silo", Assert.Throws<ClusterTlsException>(() => ClusterCredentials.Load(ClusterRole.Silo, gatewayPaths, null, time)).Message, StringComparison.Ordinal);
        Assert.Contains("NotTimeValid", Assert.Throws<ClusterTlsException>(() => ClusterCredentials.Load(ClusterRole.Gateway, gatewayPaths, null, new FakeTimeProvider(Start.AddDays(900)))).Message, StringComparison.Ordinal);
        Assert.Contains("not a CA certificate", Assert.Throws<ClusterTlsException>(() => ClusterCredentials.Load(ClusterRole.Gateway, gatewayPaths with { Authority = gatewayPaths.Certificate }, null, time)).Message, StringComparison.Ordinal);
        using var valid = ClusterCredentials.Load(ClusterRole.Gateway, gatewayPaths, null, time);
    }

    [Fact]
    public void The_embedded_run_makes_its_CA_and_certificates_once_in_a_folder_only_its_owner_opens()
    {
        var time = new FakeTimeProvider(Start);
        var addresses = LocalClusterCertificates.HostAddresses();

        var made = LocalClusterCertificates.Ensure(_folder, addresses, LocalClusterCertificates.HostNames(), time);
        var reused = LocalClusterCertificates.Ensure(_folder, addresses, LocalClusterCertificates.HostNames(), time);

        Assert.Equal(["ca.pem", "silo.pem", "gateway.pem"], made.Made.Select(f => Path.GetFileName(f)));
        Assert.Empty(reused.Made);
        Assert.Equal(ClusterCertificateFiles.PrivateFolder, File.GetUnixFileMode(_folder));
        Assert.All(Directory.GetFiles(_folder), f => Assert.Equal(ClusterCertificateFiles.PrivateFile, File.GetUnixFileMode(f)));
        Assert.Equal(6, Directory.GetFiles(_folder).Length);
        using var silo = ClusterCredentials.Load(ClusterRole.Silo, made.Silo, null, time);
        using var gateway = ClusterCredentials.Load(ClusterRole.Gateway, made.Gateway, null, time);
        Assert.Equal(Start.UtcDateTime.AddHours(-1).Add(LocalClusterCertificates.CertificateLifetime), silo.Certificate.NotAfter.ToUniversalTime());
    }

    [Fact]
    public void The_embedded_run_s_certificates_name_every_address_of_the_host()
    {
        // The host's addresses, found here on their own: every interface's IPv4 and global IPv6 addresses, and loopback.
        var expected = NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus is OperationalStatus.Up or OperationalStatus.Unknown)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses.Select(u => u.Address))
            .Where(a => a.AddressFamily == AddressFamily.InterNetwork || !a.IsIPv6LinkLocal)
            .Append(IPAddress.Loopback)
            .Append(IPAddress.IPv6Loopback)
            .ToHashSet();

        var files = LocalClusterCertificates.Ensure(_folder, LocalClusterCertificates.HostAddresses(), LocalClusterCertificates.HostNames(), new FakeTimeProvider(Start));

        using var silo = X509Certificate2.CreateFromPemFile(files.Silo.Certificate, files.Silo.Key);
        var names = Assert.Single(silo.Extensions.OfType<X509SubjectAlternativeNameExtension>());
        Assert.Equal(expected.Select(a => a.ToString()).Order(), names.EnumerateIPAddresses().Select(a => a.ToString()).Order());
        Assert.Contains("localhost", names.EnumerateDnsNames());
        Assert.Contains(Dns.GetHostName(), names.EnumerateDnsNames());
    }

    [Fact]
    public void The_embedded_run_issues_again_what_nears_its_end_or_lacks_an_address_and_keeps_its_CA()
    {
        var addresses = new[] { IPAddress.Loopback };
        var first = LocalClusterCertificates.Ensure(_folder, addresses, ["localhost"], new FakeTimeProvider(Start));
        var ca = File.ReadAllBytes(first.Silo.Authority);

        // The silo now advertises another address: its certificate is issued again, the gateway's is kept.
        var moved = LocalClusterCertificates.Ensure(_folder, [IPAddress.Loopback, HostAddress], ["localhost"], new FakeTimeProvider(Start.AddDays(1)));
        Assert.Equal(["silo.pem"], moved.Made.Select(f => Path.GetFileName(f)));
        using (var silo = X509Certificate2.CreateFromPemFile(moved.Silo.Certificate, moved.Silo.Key))
        {
            Assert.Contains(HostAddress, Assert.Single(silo.Extensions.OfType<X509SubjectAlternativeNameExtension>()).EnumerateIPAddresses());
        }

        // Within the renewal margin of their end: both issued again, by the same CA.
        var late = Start.AddDays(1) + LocalClusterCertificates.CertificateLifetime - LocalClusterCertificates.RenewalMargin;
        var renewed = LocalClusterCertificates.Ensure(_folder, [IPAddress.Loopback, HostAddress], ["localhost"], new FakeTimeProvider(late));
        Assert.Equal(["silo.pem", "gateway.pem"], renewed.Made.Select(f => Path.GetFileName(f)));
        Assert.Equal(ca, File.ReadAllBytes(renewed.Silo.Authority));
        using var credentials = ClusterCredentials.Load(ClusterRole.Gateway, renewed.Gateway, null, new FakeTimeProvider(late));
        Assert.True(credentials.Certificate.NotAfter.ToUniversalTime() > late.UtcDateTime.AddDays(800));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private ClusterCertificatePaths WriteCluster(ClusterRole role, string? keyPassword)
    {
        ClusterCertificateFiles.EnsurePrivateFolder(_folder);
        using var authority = ClusterCertificateIssuer.CreateAuthority("cluster CA", Start, TimeSpan.FromDays(3650));
        using var certificate = ClusterCertificateIssuer.Issue(authority, role, "host", [HostAddress], [], Start, TimeSpan.FromDays(825));
        var paths = new ClusterCertificatePaths(Path.Combine(_folder, "host.pem"), Path.Combine(_folder, "host.key.pem"), Path.Combine(_folder, "ca.pem"));
        ClusterCertificateFiles.Write(authority, paths.Authority, null);
        ClusterCertificateFiles.Write(certificate, paths.Certificate, paths.Key, keyPassword);
        return paths;
    }
}
