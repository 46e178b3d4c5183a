using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Network.ServiceDefaults.Tls;

/// <summary>
/// The embedded run's own CA and certificates, in one folder of mode 700 (by default <c>tls</c>
/// beside the embedded PostgreSQL's folder, <c>.data/tls</c>): <c>ca.pem</c> and <c>ca.key.pem</c>
/// (the CA), <c>silo.pem</c>/<c>silo.key.pem</c> and <c>gateway.pem</c>/<c>gateway.key.pem</c>,
/// each file mode 600, keys unencrypted (the folder is the protection). Made on the first start and
/// reused; a certificate is issued again when it is missing, unreadable, not from the folder's CA,
/// within <see cref="RenewalMargin"/> of its end, or (the silo's) missing one of the addresses asked
/// for; a new CA (and so new certificates) when the CA is missing or near its end.
/// </summary>
public static class LocalClusterCertificates
{
    public static readonly TimeSpan AuthorityLifetime = TimeSpan.FromDays(3650);
    public static readonly TimeSpan CertificateLifetime = TimeSpan.FromDays(825);
    public static readonly TimeSpan RenewalMargin = TimeSpan.FromDays(30);

    /// <summary>Certificates start this much before they are made, for clocks a little behind.</summary>
    private static readonly TimeSpan Backdating = TimeSpan.FromHours(1);

    /// <summary>What <see cref="Ensure"/> found or made.</summary>
    /// <param name="Made">The files written now (empty when all were reused).</param>
    public sealed record Outcome(string Directory, ClusterCertificatePaths Silo, ClusterCertificatePaths Gateway, IReadOnlyList<string> Made);

    /// <param name="directory">The folder (created with mode 700, or made mode 700).</param>
    /// <param name="addresses">The addresses the silo's and gateway's certificates name (the host's).</param>
    /// <param name="dnsNames">The names they carry (localhost, the host's name).</param>
    public static Outcome Ensure(string directory, IReadOnlyCollection<IPAddress> addresses, IReadOnlyCollection<string> dnsNames, TimeProvider time)
    {
        ClusterCertificateFiles.EnsurePrivateFolder(directory);
        var caPath = Path.Combine(directory, "ca.pem");
        var caKeyPath = Path.Combine(directory, "ca.key.pem");
        var silo = new ClusterCertificatePaths(Path.Combine(directory, "silo.pem"), Path.Combine(directory, "silo.key.pem"), caPath);
        var gateway = new ClusterCertificatePaths(Path.Combine(directory, "gateway.pem"), Path.Combine(directory, "gateway.key.pem"), caPath);
        var now = time.GetUtcNow();
        var made = new List<string>();

        using var authority = Reuse(caPath, caKeyPath, now) ?? MakeAuthority(caPath, caKeyPath, now, made);
        var validator = new ClusterPeerValidator(new X509Certificate2Collection(authority), time);
        IssueUnlessFit(authority, validator, ClusterRole.Silo, silo, addresses, dnsNames, now, made);
        IssueUnlessFit(authority, validator, ClusterRole.Gateway, gateway, addresses, dnsNames, now, made);
        return new Outcome(directory, silo, gateway, made);
    }

    /// <summary>This host's addresses: loopback (IPv4 and IPv6) and every unicast address of an interface that is up (IPv6 link-local ones left out: they need a scope).</summary>
    public static IReadOnlyList<IPAddress> HostAddresses()
    {
        var addresses = new List<IPAddress> { IPAddress.Loopback, IPAddress.IPv6Loopback };
        foreach (var nic in NetworkInterface.GetAllNetworkInterfaces().Where(n => n.OperationalStatus is OperationalStatus.Up or OperationalStatus.Unknown))
        {
            addresses.AddRange(nic.GetIPProperties().UnicastAddresses
                .Select(u => u.Address)
                .Where(a => a.AddressFamily == AddressFamily.InterNetwork || (a.AddressFamily == AddressFamily.InterNetworkV6 && !a.IsIPv6LinkLocal)));
        }

        return addresses.Distinct().ToList();
    }

    /// <summary>localhost and this host's name.</summary>
    public static IReadOnlyList<string> HostNames() => new[] { "localhost", Dns.GetHostName() }.Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static X509Certificate2 MakeAuthority(string caPath, string caKeyPath, DateTimeOffset now, List<string> made)
    {
        var authority = ClusterCertificateIssuer.CreateAuthority($"local cluster CA of {Dns.GetHostName()}", now - Backdating, AuthorityLifetime);
        ClusterCertificateFiles.Write(authority, caPath, caKeyPath);
        made.Add(caPath);
        return authority;
    }

    private static void IssueUnlessFit(
        X509Certificate2 authority,
        ClusterPeerValidator validator,
        ClusterRole role,
        ClusterCertificatePaths paths,
        IReadOnlyCollection<IPAddress> addresses,
        IReadOnlyCollection<string> dnsNames,
        DateTimeOffset now,
        List<string> made)
    {
        using (var existing = Reuse(paths.Certificate, paths.Key!, now))
        {
            if (existing is not null
                && validator.Check(existing, null, role) is null
                && (role != ClusterRole.Silo || addresses.All(a => Names(existing).Contains(a))))
            {
                return;
            }
        }

        using var issued = ClusterCertificateIssuer.Issue(authority, role, $"{role.ToString().ToLowerInvariant()} on {Dns.GetHostName()}", addresses, dnsNames, now - Backdating, CertificateLifetime);
        ClusterCertificateFiles.Write(issued, paths.Certificate, paths.Key);
        made.Add(paths.Certificate);
    }

    /// <summary>The certificate with its key, when both files are there, readable, and it is good for longer than the renewal margin; else null.</summary>
    private static X509Certificate2? Reuse(string certificatePath, string keyPath, DateTimeOffset now)
    {
        if (!File.Exists(certificatePath) || !File.Exists(keyPath))
        {
            return null;
        }

        try
        {
            var certificate = X509Certificate2.CreateFromPemFile(certificatePath, keyPath);
            if (certificate.NotAfter.ToUniversalTime() - now.UtcDateTime > RenewalMargin && certificate.NotBefore.ToUniversalTime() <= now.UtcDateTime)
            {
                return certificate;
            }

            certificate.Dispose();
            return null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static HashSet<IPAddress> Names(X509Certificate2 certificate) =>
        certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>().SelectMany(e => e.EnumerateIPAddresses()).ToHashSet();
}
