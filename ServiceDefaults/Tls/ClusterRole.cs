namespace Network.ServiceDefaults.Tls;

/// <summary>
/// What a certificate of the cluster's CA lets its holder be, told by its extended key usages:
/// a silo both accepts connections (server authentication) and opens them to other silos (client
/// authentication); a gateway, an Orleans client, only opens them. So a gateway's certificate
/// cannot join the cluster as a silo, nor answer as one.
/// </summary>
public enum ClusterRole
{
    Silo,
    Gateway,
}
