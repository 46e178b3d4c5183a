using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Network.ServiceDefaults.Tls;

/// <summary>
/// Writes certificates and private keys as PEM files that only their owner may read (mode 600, in
/// folders of mode 700); a file is written beside its place and then moved there, so a reader never
/// sees half of one.
/// </summary>
public static class ClusterCertificateFiles
{
    public const UnixFileMode PrivateFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    public const UnixFileMode PrivateFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates <paramref name="directory"/> (and its parents) if missing and makes it mode 700.</summary>
    public static void EnsurePrivateFolder(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
            return;
        }

        Directory.CreateDirectory(directory, PrivateFolder);
        File.SetUnixFileMode(directory, PrivateFolder);
    }

    /// <summary>
    /// Writes <paramref name="certificate"/> to <paramref name="certificatePath"/> and, when given,
    /// its private key (PKCS#8; encrypted with AES-256 when <paramref name="keyPassword"/> is given) to
    /// <paramref name="keyPath"/>.
    /// </summary>
    public static void Write(X509Certificate2 certificate, string certificatePath, string? keyPath, string? keyPassword = null)
    {
        WritePrivate(certificatePath, certificate.ExportCertificatePem() + "\n");
        if (keyPath is null)
        {
            return;
        }

        using var key = (AsymmetricAlgorithm?)certificate.GetECDsaPrivateKey() ?? certificate.GetRSAPrivateKey()
            ?? throw new ArgumentException("The certificate has no ECDSA or RSA private key.", nameof(certificate));
        var pem = keyPassword is null
            ? key.ExportPkcs8PrivateKeyPem()
            : key.ExportEncryptedPkcs8PrivateKeyPem(keyPassword, new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 100_000));
        WritePrivate(keyPath, pem + "\n");
    }

    private static void WritePrivate(string path, string text)
    {
        var temporary = path + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = PrivateFile;
        }

        using (var stream = new FileStream(temporary, options))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(text);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
