namespace Network.Cluster.Tests;

/// <summary>A silo's row in Orleans' membership table: where it is reached, and its status.</summary>
public sealed record ClusterMember(string Address, int SiloPort, int? GatewayPort, int Status)
{
    /// <summary>Orleans' SiloStatus.Active.</summary>
    public bool IsActive => Status == 3;

    /// <summary>Orleans' SiloStatus.Dead: declared dead by the others' votes.</summary>
    public bool IsDead => Status == 6;

    public override string ToString() => $"{Address}:{SiloPort} (gateway {GatewayPort}, status {Status})";
}
