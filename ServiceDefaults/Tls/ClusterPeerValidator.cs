using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Network.ServiceDefaults.Tls;

/// <summary>
/// Decides whether a peer's certificate is the cluster's: its chain is built with the cluster's CA
/// certificate(s) as the only trust anchors (<see cref="X509ChainTrustMode.CustomRootTrust"/>; the
/// machine's store plays no part), valid at this moment, without revocation or downloads (the CA is
/// the cluster's own), and the peer's certificate carries the usages of the role it connects in and is
/// no CA itself. Host names are not compared: which host holds which certificate is the CA's choice,
/// and silos dial each other by the addresses in the membership table. A refusal is logged with its
/// reason.
/// </summary>
public sealed class ClusterPeerValidator(X509Certificate2Collection authorities, TimeProvider time, ILogger? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    /// <summary>True when <paramref name="peer"/> may connect as <paramref name="role"/>; else logs why not.</summary>
    /// <param name="presented">The chain the TLS layer built, whose intermediates are offered to the chain built here.</param>
    /// <param name="where">Which connection, for the log.</param>
    public bool Accepts(X509Certificate2 peer, X509Chain? presented, ClusterRole role, string where)
    {
        var refusal = Check(peer, presented, role);
        if (refusal is null)
        {
            return true;
        }

        _logger.LogWarning(
            "Orleans TLS refused a peer on the {Connection} as a {Role}: {Subject} (issuer {Issuer}, SHA-256 {Hash}): {Reason}",
            where, role.ToString().ToLowerInvariant(), peer.Subject, peer.Issuer, peer.GetCertHashString(HashAlgorithmName.SHA256), refusal);
        return false;
    }

    /// <summary>Null when <paramref name="peer"/> is a certificate of the cluster's CA for <paramref name="role"/>; else the reason it is not.</summary>
    public string? Check(X509Certificate2 peer, X509Chain? presented, ClusterRole role)
    {
        if (peer.Extensions.OfType<X509BasicConstraintsExtension>().FirstOrDefault() is { CertificateAuthority: true })
        {
            return "a CA certificate is no silo or gateway";
        }

        using var chain = new X509Chain();
        var policy = chain.ChainPolicy;
        policy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        policy.CustomTrustStore.AddRange(authorities);
        policy.RevocationMode = X509RevocationMode.NoCheck;
        policy.DisableCertificateDownloads = true;
        policy.VerificationTimeIgnored = false;
        policy.VerificationTime = time.GetUtcNow().UtcDateTime;
        foreach (var usage in ClusterUsages.Collection(role))
        {
            policy.ApplicationPolicy.Add(usage);
        }

        if (presented is not null)
        {
            foreach (var element in presented.ChainElements.Skip(1))
            {
                policy.ExtraStore.Add(element.Certificate);
            }
        }

        if (!chain.Build(peer))
        {
            var problems = chain.ChainStatus.Select(s => $"{s.Status} ({s.StatusInformation.Trim()})").Distinct();
            return "not a valid certificate of the cluster's CA: " + string.Join("; ", problems);
        }

        // CustomRootTrust already ends every valid chain at one of the anchors; said again here, plainly.
        var root = chain.ChainElements[^1].Certificate;
        return authorities.Any(a => a.RawDataMemory.Span.SequenceEqual(root.RawDataMemory.Span))
            ? null
            : "its chain ends at " + root.Subject + ", which is not the cluster's CA";
    }
}
