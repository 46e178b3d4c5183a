namespace Network.Silo.Hosting;

/// <summary>Where the silo keeps its state (configuration key <c>Network:Storage</c>).</summary>
public enum StorageMode
{
    /// <summary>A PostgreSQL of our own, started from the machine's binaries in a folder of ours.</summary>
    Embedded,

    /// <summary>An existing PostgreSQL named by <c>ConnectionStrings:Network</c>.</summary>
    PostgreSql,

    /// <summary>In memory: nothing survives a restart. Used only when no PostgreSQL can be had.</summary>
    Memory,
}
