using System.Net;
using System.Security.Cryptography.X509Certificates;
using Network.ServiceDefaults.Tls;

namespace Network.Cluster.Tests;

/// <summary>
/// A test run's own cluster CA and the certificates it issues (PEM files in a folder of mode 700),
/// as an operator would give them: one per silo or gateway, naming its host's address, and one
/// for the test's own Orleans clients ("test", a gateway's certificate). The CA keeps its key, so a
/// test can issue more.
/// </summary>
public sealed class TestCertificates : IDisposable
{
    private readonly Dictionary<string, ClusterCertificatePaths> _paths;

    private TestCertificates(string folder, X509Certificate2 authority, Dictionary<string, ClusterCertificatePaths> paths, ClusterCredentials testClient)
    {
        Folder = folder;
        Authority = authority;
        _paths = paths;
        TestClient = testClient;
    }

    public string Folder { get; }

    /// <summary>The CA, with its private key.</summary>
    public X509Certificate2 Authority { get; }

    public string AuthorityPath => Path.Combine(Folder, "ca.pem");

    /// <summary>The test's own identity: a gateway's certificate of this CA.</summary>
    public ClusterCredentials TestClient { get; }

    /// <param name="folder">Made with mode 700; its parent must exist when other users (postgres) need to reach it.</param>
    /// <param name="holders">Who gets a certificate: name (the files' names), role, and the host's address.</param>
    /// <param name="testAddress">The address the test's clients connect from.</param>
    public static TestCertificates Create(string folder, IEnumerable<(string Name, ClusterRole Role, IPAddress Address)> holders, IPAddress testAddress)
    {
        ClusterCertificateFiles.EnsurePrivateFolder(folder);
        var now = DateTimeOffset.UtcNow;
        var authority = ClusterCertificateIssuer.CreateAuthority("test cluster CA", now.AddHours(-1), TimeSpan.FromDays(2));
        ClusterCertificateFiles.Write(authority, Path.Combine(folder, "ca.pem"), null);
        var paths = new Dictionary<string, ClusterCertificatePaths>();
        foreach (var (name, role, address) in holders.Append(("test", ClusterRole.Gateway, testAddress)))
        {
            paths[name] = IssueTo(folder, authority, name, role, [address, IPAddress.Loopback], now);
        }

        var testClient = ClusterCredentials.Load(ClusterRole.Gateway, paths["test"], null, TimeProvider.System);
        return new TestCertificates(folder, authority, paths, testClient);
    }

    /// <summary>Writes a certificate of <paramref name="authority"/> for <paramref name="name"/> into <paramref name="folder"/>.</summary>
    public static ClusterCertificatePaths IssueTo(string folder, X509Certificate2 authority, string name, ClusterRole role, IReadOnlyCollection<IPAddress> addresses, DateTimeOffset now)
    {
        using var certificate = ClusterCertificateIssuer.Issue(authority, role, name, addresses, [], now.AddHours(-1), TimeSpan.FromDays(1));
        var paths = new ClusterCertificatePaths(Path.Combine(folder, name + ".pem"), Path.Combine(folder, name + ".key.pem"), Path.Combine(folder, "ca.pem"));
        ClusterCertificateFiles.Write(certificate, paths.Certificate, paths.Key);
        return paths;
    }

    public ClusterCertificatePaths PathsOf(string name) => _paths[name];

    /// <summary>A process's settings (environment) for TLS with <paramref name="name"/>'s certificate, required.</summary>
    public IReadOnlyDictionary<string, string> Settings(string name) => SettingsFor(_paths[name]);

    public static IReadOnlyDictionary<string, string> SettingsFor(ClusterCertificatePaths paths) => new Dictionary<string, string>
    {
        ["Orleans__Tls__Mode"] = "Required",
        ["Orleans__Tls__CertificatePath"] = paths.Certificate,
        ["Orleans__Tls__KeyPath"] = paths.Key!,
        ["Orleans__Tls__CaCertificatePath"] = paths.Authority,
    };

    public void Dispose()
    {
        TestClient.Dispose();
        Authority.Dispose();
    }
}
