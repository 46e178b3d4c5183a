using System.Security.Cryptography;

namespace Network.ServiceDefaults.Tls;

/// <summary>The extended key usages of <see cref="ClusterRole"/>.</summary>
public static class ClusterUsages
{
    public const string ServerAuthentication = "1.3.6.1.5.5.7.3.1";
    public const string ClientAuthentication = "1.3.6.1.5.5.7.3.2";

    /// <summary>The usages a certificate of <paramref name="role"/> carries, and a peer in that role must carry.</summary>
    public static IReadOnlyList<string> Of(ClusterRole role) => role switch
    {
        ClusterRole.Silo => [ServerAuthentication, ClientAuthentication],
        ClusterRole.Gateway => [ClientAuthentication],
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static OidCollection Collection(ClusterRole role)
    {
        var oids = new OidCollection();
        foreach (var usage in Of(role))
        {
            oids.Add(new Oid(usage));
        }

        return oids;
    }
}
