namespace Network.Database;

/// <summary>Where and how to run a PostgreSQL server of our own on this machine.</summary>
public sealed record LocalPostgresOptions
{
    /// <summary>
    /// Folder holding the cluster's data, socket and log; created on first start. When the user
    /// the server runs as cannot reach it (a folder above it is closed to that user), the server
    /// uses a folder of its own under <see cref="FallbackBaseDirectory"/> instead.
    /// </summary>
    public required string RootDirectory { get; init; }

    /// <summary>TCP port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>
    /// The addresses the server listens on (<c>listen_addresses</c>): 127.0.0.1, which the
    /// connection string names, and any more a caller adds (e.g. a test network's bridge, so that
    /// processes in other network namespaces reach the server; they still need a pg_hba.conf line).
    /// </summary>
    public IReadOnlyList<string> ListenAddresses { get; init; } = ["127.0.0.1"];

    /// <summary>The database the application uses; created if missing.</summary>
    public string Database { get; init; } = "network";

    /// <summary>Folder of initdb/pg_ctl/postgres; null looks in /usr/lib/postgresql/*/bin.</summary>
    public string? BinDirectory { get; init; }

    /// <summary>
    /// Where the server's folder goes when <see cref="RootDirectory"/> is out of the server user's
    /// reach: a subfolder named by a hash of <see cref="RootDirectory"/>'s absolute path, so each
    /// checkout has its own and finds it again. Null: <c>/var/lib/network-postgres</c> as root,
    /// otherwise <c>network-postgres-{user}</c> in the temporary folder.
    /// </summary>
    public string? FallbackBaseDirectory { get; init; }

    /// <summary>The setting that chose <see cref="Port"/>, named in the message when that port is taken.</summary>
    public string? PortSetting { get; init; }
}
