using Network.Database;

namespace Network.Silo.Hosting;

/// <summary>The storage the silo ended up with, after trying what configuration asked for.</summary>
public sealed record ResolvedStorage(StorageMode Mode, string? ConnectionString, LocalPostgres? EmbeddedServer)
{
    public string Describe()
    {
        if (ConnectionString is null)
        {
            return "in-memory storage (NOTHING SURVIVES A RESTART)";
        }

        var b = new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString);
        return $"PostgreSQL {b.Host}:{b.Port}/{b.Database} ({Mode})";
    }
}
