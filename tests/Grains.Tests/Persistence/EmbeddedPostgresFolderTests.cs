using System.Runtime.Versioning;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Network.Database;
using Network.Grains.Tests.Infrastructure;
using Network.Silo.Hosting;
using Npgsql;

namespace Network.Grains.Tests.Persistence;

/// <summary>
/// The embedded PostgreSQL runs wherever the checkout is: a configured folder the server's user
/// cannot reach (inside a mode-700 folder of root's) is replaced by one of that user's own, keyed
/// by the configured path, reported in the log, and found again with its data on the next start.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class EmbeddedPostgresFolderTests
{
    private static bool IsRoot => Environment.UserName == "root";

    [Fact]
    public async Task A_folder_the_server_user_cannot_reach_is_replaced_by_one_it_can_which_is_reported_and_keeps_the_data_across_starts()
    {
        var closed = Directory.CreateTempSubdirectory("network-700-");
        File.SetUnixFileMode(closed.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var configured = Path.Combine(closed.FullName, "checkout", ".data", "postgres");
        string? used = null;
        try
        {
            var first = new RecordingLogger();
            var storage = await StorageBootstrap.ResolveAsync(Embedded(configured), closed.FullName, first);
            var server = storage.EmbeddedServer!;
            used = server.RootDirectory;
            try
            {
                // As root the server runs as 'postgres', which cannot enter a mode-700 folder of root's.
                Assert.Equal(IsRoot, server.IsRelocated);
                Assert.Contains(first.Entries, e => e.Level == LogLevel.Information && e.Message.Contains("Embedded PostgreSQL folder", StringComparison.Ordinal) && e.Message.Contains(used, StringComparison.Ordinal));
                if (IsRoot)
                {
                    Assert.False(used.StartsWith(closed.FullName, StringComparison.Ordinal));
                    Assert.Matches("^[0-9a-f]{12}$", Path.GetFileName(used));
                    Assert.Contains(first.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains(configured, StringComparison.Ordinal) && e.Message.Contains(used, StringComparison.Ordinal));
                    Assert.Contains(used, await File.ReadAllTextAsync(Path.Combine(configured, "RELOCATED.txt")), StringComparison.Ordinal);
                }

                // The silo runs as its own role, which may not create tables: the superuser does.
                Assert.Equal(DatabaseRoles.Silo, new NpgsqlConnectionStringBuilder(storage.ConnectionString).Username);
                await ExecuteAsync(server.ConnectionString, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('first run'); GRANT SELECT ON kept TO network_silo");
            }
            finally
            {
                NpgsqlConnection.ClearAllPools();
                await server.StopAsync();
            }

            var second = new RecordingLogger();
            var again = await StorageBootstrap.ResolveAsync(Embedded(configured), closed.FullName, second);
            try
            {
                Assert.Equal(used, again.EmbeddedServer!.RootDirectory);
                Assert.DoesNotContain(second.Entries, e => e.Message.Contains("Creating a PostgreSQL cluster", StringComparison.Ordinal));
                // The roles' passwords were kept in the server's folder: the silo's still signs in.
                Assert.Equal("first run", await ScalarAsync(again.ConnectionString!, "SELECT note FROM kept"));
            }
            finally
            {
                NpgsqlConnection.ClearAllPools();
                await again.EmbeddedServer!.DestroyAsync();
            }
        }
        finally
        {
            closed.Delete(recursive: true);
            if (used is not null && Directory.Exists(used))
            {
                Directory.Delete(used, recursive: true);
            }

            RemoveEmptyParent(used);
        }
    }

    [Fact]
    public async Task A_folder_the_server_user_can_reach_is_used_as_configured()
    {
        var open = Directory.CreateTempSubdirectory("network-755-");
        File.SetUnixFileMode(open.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        var configured = Path.Combine(open.FullName, "checkout", ".data", "postgres");
        try
        {
            var logger = new RecordingLogger();
            var storage = await StorageBootstrap.ResolveAsync(Embedded(configured), open.FullName, logger);
            try
            {
                Assert.False(storage.EmbeddedServer!.IsRelocated);
                Assert.Equal(configured, storage.EmbeddedServer.RootDirectory);
                Assert.True(File.Exists(Path.Combine(configured, "data", "PG_VERSION")));
                Assert.Contains(logger.Entries, e => e.Level == LogLevel.Information && e.Message.Contains("Embedded PostgreSQL folder", StringComparison.Ordinal) && e.Message.Contains(configured, StringComparison.Ordinal));
                Assert.Equal(1, await ScalarAsync(storage.ConnectionString!, "SELECT 1"));
            }
            finally
            {
                NpgsqlConnection.ClearAllPools();
                await storage.EmbeddedServer!.StopAsync();
            }
        }
        finally
        {
            open.Delete(recursive: true);
        }
    }

    private static IConfiguration Embedded(string directory) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Network:Storage"] = "Embedded",
            ["Network:Embedded:Directory"] = directory,
            ["Network:Embedded:Port"] = "0",
        })
        .Build();

    /// <summary>Removes the shared fallback base folder if this test's folder was its only content.</summary>
    private static void RemoveEmptyParent(string? used)
    {
        if (Path.GetDirectoryName(used) is { } parent && Directory.Exists(parent) && !Directory.EnumerateFileSystemEntries(parent).Any())
        {
            try
            {
                Directory.Delete(parent);
            }
            catch (IOException)
            {
                // Another run put a folder there meanwhile; it stays.
            }
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
