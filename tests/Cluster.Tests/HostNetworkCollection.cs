namespace Network.Cluster.Tests;

/// <summary>
/// Tests that add addresses to this host (the bridge of <see cref="HostCluster"/>) or read the
/// host's addresses and expect them to hold still (the embedded run's certificates name every
/// address of the host and are issued again when one is missing) run one after the other.
/// </summary>
[CollectionDefinition(Name)]
public sealed class HostNetworkCollection
{
    public const string Name = "The host's network interfaces";
}
