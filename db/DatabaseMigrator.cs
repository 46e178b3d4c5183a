using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Network.Database;

/// <summary>
/// Applies the embedded SQL scripts (Orleans' tables and stored queries, then the project's own
/// tables) in name order. Every script is idempotent, so they all run on every start; an
/// advisory lock keeps silos that start together from running them at the same moment, and
/// <c>schema_history</c> records what ran and its checksum. Run as the migration role
/// (<see cref="DatabaseRoles.Migration"/>, the schema's owner) or a superuser.
/// </summary>
public static class DatabaseMigrator
{
    private const long LockKey = 0x4E6574776F726B; // "Network"

    /// <summary>The embedded scripts, in the order they are applied.</summary>
    public static IReadOnlyList<string> ScriptNames { get; } = typeof(DatabaseMigrator).Assembly
        .GetManifestResourceNames()
        .Where(n => n.EndsWith(".sql", StringComparison.Ordinal))
        .OrderBy(n => n.StartsWith("orleans", StringComparison.Ordinal) ? 0 : 1)
        .ThenBy(n => n, StringComparer.Ordinal)
        .ToArray();

    public static async Task MigrateAsync(string connectionString, ILogger logger, CancellationToken cancellationToken = default)
    {
        // Not pooled: the owner's connection closes with the migration instead of idling in a
        // process that otherwise runs as a role of less privilege.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, $"SELECT pg_advisory_lock({LockKey})", cancellationToken);
        try
        {
            await ExecuteAsync(
                connection,
                """
                CREATE TABLE IF NOT EXISTS schema_history (
                    script      text PRIMARY KEY,
                    checksum    text NOT NULL,
                    applied_at  timestamptz NOT NULL DEFAULT now())
                """,
                cancellationToken);

            foreach (var name in ScriptNames)
            {
                var sql = Read(name);
                var checksum = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sql)));
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await using (var command = new NpgsqlCommand(sql, connection, transaction))
                {
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }

                await using (var record = new NpgsqlCommand(
                    """
                    INSERT INTO schema_history (script, checksum) VALUES ($1, $2)
                    ON CONFLICT (script) DO UPDATE SET checksum = EXCLUDED.checksum, applied_at = now()
                    """,
                    connection,
                    transaction))
                {
                    record.Parameters.AddWithValue(name);
                    record.Parameters.AddWithValue(checksum);
                    await record.ExecuteNonQueryAsync(cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
                logger.LogDebug("Applied {Script}", name);
            }

            logger.LogInformation("Database schema is up to date ({Count} scripts)", ScriptNames.Count);
        }
        finally
        {
            await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None);
        }
    }

    private static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Script {name} is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
