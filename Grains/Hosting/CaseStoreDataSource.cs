using System.Data.Common;
using Npgsql;

namespace Network.Grains.Hosting;

/// <summary>
/// The silo's PostgreSQL data source for the case store and its read side. The same few statements
/// (a case's insert or versioned update, its ledger rows, its load) run thousands of times a
/// second: they are prepared on each connection after their second use
/// (<see cref="NpgsqlConnectionStringBuilder.MaxAutoPrepare"/>), so the server parses and plans
/// each once per connection instead of on every commit. Profiled under intake load before this,
/// parsing and planning took about a quarter of the server's CPU (docs/benchmarks.md). A
/// connection string that sets <c>Max Auto Prepare</c> itself keeps its value (0 turns it off).
/// Connections are not reset on their return to the pool
/// (<see cref="NpgsqlConnectionStringBuilder.NoResetOnClose"/>), unless the connection string says so.
/// </summary>
public static class CaseStoreDataSource
{
    /// <summary>Statements prepared at most per connection, unless the connection string says otherwise.</summary>
    public const int DefaultMaxAutoPrepare = 64;

    public static NpgsqlDataSource Create(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString) { Name = "case-store" };
        if (!Sets(connectionString, "MaxAutoPrepare"))
        {
            builder.ConnectionStringBuilder.MaxAutoPrepare = DefaultMaxAutoPrepare;
            builder.ConnectionStringBuilder.AutoPrepareMinUsages = 2;
        }

        if (!Sets(connectionString, "NoResetOnClose"))
        {
            // Nothing on this source leaves session state behind (no session SET, temporary table,
            // advisory lock or LISTEN; the group commit's plan mode is SET LOCAL): without this,
            // every return to the pool costs its next use a reset of several statements on the server
            // (for every group commit, load and query; docs/speed-postgres.md).
            builder.ConnectionStringBuilder.NoResetOnClose = true;
        }

        return builder.Build();
    }

    private static bool Sets(string connectionString, string key)
    {
        var keys = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>();
        return keys.Any(k => k.Replace(" ", string.Empty, StringComparison.Ordinal).Equals(key, StringComparison.OrdinalIgnoreCase));
    }
}
