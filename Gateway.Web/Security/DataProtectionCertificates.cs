using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Network.Gateway.Hosting;
using Network.ServiceDefaults.Tls;

namespace Network.Gateway.Security;

/// <summary>
/// The certificates that wrap the data-protection keys at rest: the configured one
/// (<c>Gateway:DataProtection:CertificatePath</c>), or one the gateway made itself in its
/// certificate folder; plus retired ones still read. Made once per folder: gateways starting
/// together race to move a complete pair into place, and the losers load the winner's.
/// </summary>
public sealed class DataProtectionCertificates
{
    private const string PairFolder = "current";
    private const string CertificateFile = "certificate.pem";
    private const string KeyFile = "key.pem";

    private DataProtectionCertificates(X509Certificate2 current, IReadOnlyList<X509Certificate2> all, string source)
    {
        Current = current;
        All = all;
        Source = source;
    }

    /// <summary>Wraps every new key.</summary>
    public X509Certificate2 Current { get; }

    /// <summary>The current and the retired certificates: any of them may unwrap a stored key.</summary>
    public IReadOnlyList<X509Certificate2> All { get; }

    /// <summary>Where <see cref="Current"/> came from, for the start-up log.</summary>
    public string Source { get; }

    public static DataProtectionCertificates Load(DataProtectionSettings settings)
    {
        var retired = settings.RetiredCertificatePaths.Select(p => FromPem(p, Path.ChangeExtension(p, ".key"))).ToArray();
        if (!string.IsNullOrWhiteSpace(settings.CertificatePath))
        {
            var configured = FromPem(settings.CertificatePath, settings.KeyPath);
            return new DataProtectionCertificates(configured, [configured, .. retired], $"configured certificate {settings.CertificatePath}");
        }

        var folder = settings.CertificateFolder is { Length: > 0 } f
            ? f
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".convenience-network", "data-protection");
        var own = OwnCertificate(folder);
        return new DataProtectionCertificates(own, [own, .. retired], $"this machine's own certificate in {folder} (every gateway of a deployment must share it: copy it, or set Gateway:DataProtection:CertificatePath)");
    }

    private static X509Certificate2 OwnCertificate(string folder)
    {
        ClusterCertificateFiles.EnsurePrivateFolder(folder);
        var pair = Path.Combine(folder, PairFolder);
        if (!Directory.Exists(pair))
        {
            var staging = Path.Combine(folder, "staging-" + Guid.NewGuid().ToString("N"));
            ClusterCertificateFiles.EnsurePrivateFolder(staging);
            using (var made = Make())
            {
                ClusterCertificateFiles.Write(made, Path.Combine(staging, CertificateFile), Path.Combine(staging, KeyFile));
            }

            try
            {
                Directory.Move(staging, pair);
            }
            catch (IOException) when (Directory.Exists(pair))
            {
                // Another gateway moved its pair into place first: use that one.
                Directory.Delete(staging, recursive: true);
            }
        }

        return FromPem(Path.Combine(pair, CertificateFile), Path.Combine(pair, KeyFile));
    }

    private static X509Certificate2 Make()
    {
        using var rsa = RSA.Create(3072);
        var request = new CertificateRequest("CN=convenience-network gateway data protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, critical: true));
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, critical: true));
        var now = DateTimeOffset.UtcNow;
        return request.CreateSelfSigned(now.AddMinutes(-5), now.AddYears(20));
    }

    private static X509Certificate2 FromPem(string certificatePath, string? keyPath)
    {
        if (!File.Exists(certificatePath))
        {
            throw new InvalidOperationException($"Gateway:DataProtection: the certificate {certificatePath} does not exist.");
        }

        var certificate = X509Certificate2.CreateFromPemFile(certificatePath, keyPath);
        if (!certificate.HasPrivateKey || certificate.GetRSAPublicKey() is null)
        {
            throw new InvalidOperationException($"Gateway:DataProtection: {certificatePath} needs an RSA key and its private key (in the file or in KeyPath).");
        }

        return certificate;
    }
}
