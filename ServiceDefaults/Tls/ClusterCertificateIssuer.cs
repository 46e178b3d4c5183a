using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Network.ServiceDefaults.Tls;

/// <summary>
/// Makes a cluster's CA and the certificates it issues to silos and gateways, with .NET's
/// <see cref="CertificateRequest"/> (ECDSA P-256, SHA-256). The CA may sign certificates only
/// (basic constraints: a CA, no CA below it; key usage: certificate and CRL signing). A silo's or
/// gateway's certificate is no CA, may sign only (the TLS handshake), carries its role's extended
/// key usages (<see cref="ClusterUsages"/>) and names its host's addresses and names in its subject
/// alternative name, and ends no later than the CA.
/// </summary>
public static class ClusterCertificateIssuer
{
    public static X509Certificate2 CreateAuthority(string commonName, DateTimeOffset notBefore, TimeSpan lifetime)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(Name(commonName, "cluster CA"), key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: true, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        return request.CreateSelfSigned(notBefore, notBefore + lifetime);
    }

    /// <param name="authority">The CA, with its private key.</param>
    /// <param name="role">Silo or gateway: the extended key usages.</param>
    /// <param name="commonName">The subject's CN, e.g. the host's name.</param>
    /// <param name="addresses">The host's IP addresses (subject alternative name).</param>
    /// <param name="dnsNames">The host's DNS names (subject alternative name).</param>
    public static X509Certificate2 Issue(
        X509Certificate2 authority,
        ClusterRole role,
        string commonName,
        IEnumerable<IPAddress> addresses,
        IEnumerable<string> dnsNames,
        DateTimeOffset notBefore,
        TimeSpan lifetime)
    {
        if (!authority.HasPrivateKey)
        {
            throw new ArgumentException("The CA's private key is needed to issue a certificate.", nameof(authority));
        }

        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(Name(commonName, role.ToString().ToLowerInvariant()), key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: false, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(ClusterUsages.Collection(role), critical: false));
        var names = new SubjectAlternativeNameBuilder();
        foreach (var address in addresses.Distinct())
        {
            names.AddIpAddress(address);
        }

        foreach (var dns in dnsNames.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            names.AddDnsName(dns);
        }

        request.CertificateExtensions.Add(names.Build(critical: false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(authority, includeKeyIdentifier: true, includeIssuerAndSerial: false));

        var notAfter = notBefore + lifetime < authority.NotAfter ? notBefore + lifetime : new DateTimeOffset(authority.NotAfter.ToUniversalTime());
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F;
        using var issued = request.Create(authority, notBefore, notAfter, serial);
        return issued.CopyWithPrivateKey(key);
    }

    private static X500DistinguishedName Name(string commonName, string unit)
    {
        var name = new X500DistinguishedNameBuilder();
        name.AddOrganizationName("Convenience service network");
        name.AddOrganizationalUnitName(unit);
        name.AddCommonName(commonName);
        return name.Build();
    }
}
