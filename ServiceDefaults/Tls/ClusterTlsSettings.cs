using Microsoft.Extensions.Configuration;

namespace Network.ServiceDefaults.Tls;

/// <summary>
/// The <c>Orleans:Tls</c> section, read alike by silos and gateways. Certificates are PEM files:
/// <c>CertificatePath</c> this process's certificate (issued by the cluster's CA), <c>KeyPath</c> its
/// private key (PKCS#8 or the algorithm's own PEM; omitted when it is in the certificate's file),
/// <c>KeyPassword</c> when that key is encrypted, <c>CaCertificatePath</c> the cluster's CA, the only
/// anchor a peer's certificate is checked against (several CA certificates in the file during a
/// change of CA). <c>Directory</c> is where the embedded run keeps the CA and certificates it makes.
/// Relative paths are relative to the working directory.
/// </summary>
public sealed record ClusterTlsSettings(
    ClusterTlsMode Mode,
    string? CertificatePath,
    string? KeyPath,
    string? KeyPassword,
    string? CaCertificatePath,
    string? Directory)
{
    public const string Section = "Orleans:Tls";

    /// <summary>Whether a certificate is configured (<c>Orleans:Tls:CertificatePath</c>).</summary>
    public bool HasCertificate => !string.IsNullOrWhiteSpace(CertificatePath);

    public static ClusterTlsSettings Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var modeText = section["Mode"];
        var mode = ClusterTlsMode.Auto;
        if (!string.IsNullOrWhiteSpace(modeText) && (!Enum.TryParse(modeText, ignoreCase: true, out mode) || !Enum.IsDefined(mode)))
        {
            throw new ClusterTlsException($"{Section}:Mode is '{modeText}': it must be Auto, Required or Off.");
        }

        return new ClusterTlsSettings(mode, Value("CertificatePath"), Value("KeyPath"), Value("KeyPassword"), Value("CaCertificatePath"), Value("Directory"));

        string? Value(string key) => string.IsNullOrWhiteSpace(section[key]) ? null : section[key];
    }

    /// <summary>
    /// Loads the configured certificate and CA, checking that the certificate is one the cluster's
    /// peers will accept in <paramref name="role"/>.
    /// </summary>
    public ClusterCredentials Load(ClusterRole role, string workingDirectory, TimeProvider time)
    {
        if (!HasCertificate)
        {
            throw new ClusterTlsException($"{Section}:CertificatePath is not set.");
        }

        if (CaCertificatePath is null)
        {
            throw new ClusterTlsException(
                $"{Section}:CaCertificatePath is not set: the cluster's CA is the only one whose certificates a silo or gateway accepts, so it must be given with {Section}:CertificatePath.");
        }

        return ClusterCredentials.Load(
            role,
            new ClusterCertificatePaths(
                Path.GetFullPath(CertificatePath!, workingDirectory),
                KeyPath is null ? null : Path.GetFullPath(KeyPath, workingDirectory),
                Path.GetFullPath(CaCertificatePath, workingDirectory)),
            KeyPassword,
            time);
    }
}
