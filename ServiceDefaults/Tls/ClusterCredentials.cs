using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Network.ServiceDefaults.Tls;

/// <summary>
/// A silo's or gateway's TLS identity: its certificate with the private key, and the cluster's CA
/// certificate(s), the only anchors a peer's certificate is checked against.
/// </summary>
public sealed class ClusterCredentials : IDisposable
{
    private ClusterCredentials(ClusterRole role, X509Certificate2 certificate, X509Certificate2Collection authorities, ClusterCertificatePaths paths)
    {
        Role = role;
        Certificate = certificate;
        Authorities = authorities;
        Paths = paths;
    }

    public ClusterRole Role { get; }

    public X509Certificate2 Certificate { get; }

    public X509Certificate2Collection Authorities { get; }

    public ClusterCertificatePaths Paths { get; }

    /// <summary>
    /// Reads the PEM files and checks, before anything connects, that the certificate is one the
    /// cluster's peers accept in <paramref name="role"/>: issued by one of the CA certificates, valid
    /// now, with the role's usages. A problem is a <see cref="ClusterTlsException"/> naming the file.
    /// </summary>
    public static ClusterCredentials Load(ClusterRole role, ClusterCertificatePaths paths, string? keyPassword, TimeProvider time)
    {
        var authorities = LoadAuthorities(paths.Authority);
        X509Certificate2 certificate;
        try
        {
            certificate = keyPassword is null
                ? X509Certificate2.CreateFromPemFile(paths.Certificate, paths.Key)
                : X509Certificate2.CreateFromEncryptedPemFile(paths.Certificate, keyPassword, paths.Key);
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new ClusterTlsException(
                $"Cannot read the Orleans TLS certificate {paths.Certificate} with its key {paths.Key ?? "(in the same file)"}: {e.Message}", e);
        }

        if (OperatingSystem.IsWindows())
        {
            // Schannel needs a key it can find again: a PKCS#12 round trip gives it one.
            using var loaded = certificate;
            certificate = X509CertificateLoader.LoadPkcs12(loaded.Export(X509ContentType.Pkcs12), null);
        }

        var refusal = new ClusterPeerValidator(authorities, time).Check(certificate, null, role);
        if (refusal is not null)
        {
            var subject = certificate.Subject;
            certificate.Dispose();
            throw new ClusterTlsException(
                $"The Orleans TLS certificate {paths.Certificate} ({subject}) would be refused by the cluster's peers as a {role.ToString().ToLowerInvariant()}: {refusal} (CA: {paths.Authority}).");
        }

        return new ClusterCredentials(role, certificate, authorities, paths);
    }

    /// <summary>One line for the start-up log: this process's certificate and the CA it trusts.</summary>
    public string Describe() =>
        $"{Role.ToString().ToLowerInvariant()} certificate {Certificate.Subject} (SHA-256 {Certificate.GetCertHashString(HashAlgorithmName.SHA256)[..16]}…, until {Certificate.NotAfter.ToUniversalTime():yyyy-MM-dd}) from {Paths.Certificate}; "
        + $"trusted CA: {string.Join(", ", Authorities.Select(a => a.Subject))} from {Paths.Authority}";

    public void Dispose()
    {
        Certificate.Dispose();
        foreach (var authority in Authorities)
        {
            authority.Dispose();
        }
    }

    private static X509Certificate2Collection LoadAuthorities(string path)
    {
        var authorities = new X509Certificate2Collection();
        try
        {
            authorities.ImportFromPemFile(path);
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new ClusterTlsException($"Cannot read the cluster's CA certificate {path}: {e.Message}", e);
        }

        if (authorities.Count == 0)
        {
            throw new ClusterTlsException($"{path} holds no PEM certificate: it must hold the cluster's CA certificate.");
        }

        foreach (var authority in authorities)
        {
            if (authority.Extensions.OfType<X509BasicConstraintsExtension>().FirstOrDefault() is not { CertificateAuthority: true })
            {
                throw new ClusterTlsException($"{path} holds {authority.Subject}, which is not a CA certificate: it must hold the cluster's CA only.");
            }
        }

        return authorities;
    }
}
