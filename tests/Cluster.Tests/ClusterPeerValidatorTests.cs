using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Time.Testing;
using Network.ServiceDefaults.Tls;

namespace Network.Cluster.Tests;

/// <summary>
/// Issue 14: what a silo or gateway accepts from the other end of an Orleans connection. The
/// cluster's CA is the only anchor; the machine's store, names and look-alikes count for nothing.
/// </summary>
public sealed class ClusterPeerValidatorTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly IPAddress Host = IPAddress.Parse("198.51.100.11");
    private readonly X509Certificate2 _authority = ClusterCertificateIssuer.CreateAuthority("cluster CA", Start, TimeSpan.FromDays(3650));
    private readonly FakeTimeProvider _time = new(Start.AddDays(1));

    private ClusterPeerValidator Validator => new(new X509Certificate2Collection(_authority), _time);

    [Fact]
    public void A_silo_or_gateway_certificate_of_the_cluster_CA_is_accepted_in_its_role()
    {
        using var silo = Issue(_authority, ClusterRole.Silo);
        using var gateway = Issue(_authority, ClusterRole.Gateway);

        Assert.Null(Validator.Check(silo, null, ClusterRole.Silo));
        Assert.Null(Validator.Check(silo, null, ClusterRole.Gateway));
        Assert.Null(Validator.Check(gateway, null, ClusterRole.Gateway));
    }

    [Fact]
    public void A_certificate_of_another_CA_is_refused_even_when_that_CA_bears_the_cluster_CA_s_name()
    {
        using var lookalike = ClusterCertificateIssuer.CreateAuthority("cluster CA", Start, TimeSpan.FromDays(3650));
        using var intruder = Issue(lookalike, ClusterRole.Silo);

        Assert.Equal(_authority.Subject, intruder.Issuer);
        Assert.StartsWith("not a valid certificate of the cluster's CA", Validator.Check(intruder, null, ClusterRole.Silo), StringComparison.Ordinal);
        Assert.NotNull(Validator.Check(intruder, null, ClusterRole.Gateway));
    }

    [Fact]
    public void A_self_signed_certificate_is_refused()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=s1", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(ClusterUsages.Collection(ClusterRole.Silo), critical: false));
        using var self = request.CreateSelfSigned(Start, Start.AddDays(10));

        Assert.StartsWith("not a valid certificate of the cluster's CA", Validator.Check(self, null, ClusterRole.Silo), StringComparison.Ordinal);
    }

    [Fact]
    public void The_cluster_CA_s_own_certificate_is_refused_as_a_peer()
    {
        Assert.Equal("a CA certificate is no silo or gateway", Validator.Check(_authority, null, ClusterRole.Gateway));
    }

    [Fact]
    public void A_certificate_before_or_after_its_validity_is_refused()
    {
        using var silo = Issue(_authority, ClusterRole.Silo);
        var anchors = new X509Certificate2Collection(_authority);

        Assert.Contains("NotTimeValid", new ClusterPeerValidator(anchors, new FakeTimeProvider(Start.AddDays(-1))).Check(silo, null, ClusterRole.Silo), StringComparison.Ordinal);
        Assert.Null(new ClusterPeerValidator(anchors, new FakeTimeProvider(Start.AddDays(9))).Check(silo, null, ClusterRole.Silo));
        Assert.Contains("NotTimeValid", new ClusterPeerValidator(anchors, new FakeTimeProvider(Start.AddDays(11))).Check(silo, null, ClusterRole.Silo), StringComparison.Ordinal);
    }

    [Fact]
    public void A_gateway_certificate_is_refused_where_a_silo_must_be()
    {
        using var gateway = Issue(_authority, ClusterRole.Gateway);

        Assert.Contains("NotValidForUsage", Validator.Check(gateway, null, ClusterRole.Silo), StringComparison.Ordinal);
    }

    [Fact]
    public void A_certificate_is_accepted_only_while_its_CA_is_trusted()
    {
        using var silo = Issue(_authority, ClusterRole.Silo);
        using var next = ClusterCertificateIssuer.CreateAuthority("next cluster CA", Start, TimeSpan.FromDays(3650));

        // During a change of CA both are anchors; after it, only the new one.
        Assert.Null(new ClusterPeerValidator(new X509Certificate2Collection(new[] { next, _authority }), _time).Check(silo, null, ClusterRole.Silo));
        Assert.NotNull(new ClusterPeerValidator(new X509Certificate2Collection(next), _time).Check(silo, null, ClusterRole.Silo));
    }

    public void Dispose() => _authority.Dispose();

    private static X509Certificate2 Issue(X509Certificate2 authority, ClusterRole role) =>
        ClusterCertificateIssuer.Issue(authority, role, role == ClusterRole.Silo ? "s1" : "g1", [Host], [], Start, TimeSpan.FromDays(10));
}
