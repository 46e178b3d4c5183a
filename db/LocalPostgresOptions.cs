namespace Network.Database;

/// <summary>Where and how to run a PostgreSQL server of our own on this machine.</summary>
public sealed record LocalPostgresOptions
{
    /// <summary>Folder holding the cluster's data, socket and log; created on first start.</summary>
    public required string RootDirectory { get; init; }

    /// <summary>TCP port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>The database the application uses; created if missing.</summary>
    public string Database { get; init; } = "network";

    /// <summary>Folder of initdb/pg_ctl/postgres; null looks in /usr/lib/postgresql/*/bin.</summary>
    public string? BinDirectory { get; init; }
}
