namespace Network.Gateway.Hosting;

/// <summary>
/// How the gateway encrypts its data-protection keys at rest (configuration
/// <c>Gateway:DataProtection</c>). The keys sign and encrypt every session cookie and bearer token;
/// they are kept in PostgreSQL (shared by the gateways), each wrapped with the certificate's public
/// key, so a copy of the database alone does not let anyone forge a session.
/// </summary>
public sealed class DataProtectionSettings
{
    /// <summary>
    /// The certificate (PEM) that wraps new keys. Every gateway of a deployment needs the same one
    /// (with its private key) to read the keys. Unset: the gateway uses, or makes once, a
    /// self-signed certificate in <see cref="CertificateFolder"/>.
    /// </summary>
    public string? CertificatePath { get; set; }

    /// <summary>The private key (PEM) of <see cref="CertificatePath"/>, when not in the same file.</summary>
    public string? KeyPath { get; set; }

    /// <summary>Certificates (PEM, each with its key beside it as <c>name.key</c>) that wrapped older keys: still read, never used for new keys.</summary>
    public IReadOnlyList<string> RetiredCertificatePaths { get; set; } = [];

    /// <summary>
    /// Where the gateway keeps the certificate it made itself when none is configured: by default
    /// the user's <c>~/.convenience-network/data-protection</c>, so that the gateways one user
    /// starts on one machine share it. Mode 700.
    /// </summary>
    public string? CertificateFolder { get; set; }
}
