using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Network.Database;
using Network.Gateway.Data;
using Network.Gateway.Hosting;
using Network.Gateway.Idempotency;
using Network.Testing;
using Npgsql;

namespace Network.Gateway.Tests;

/// <summary>
/// Idempotency keys are kept 48 hours (configurable), then purged in batches with their stored
/// responses, whoever recorded them (the gateway's claims, the keys recorded with an intake).
/// Run as the gateway's own role, on a throwaway PostgreSQL, with a clock the test moves.
/// </summary>
public sealed class IdempotencyPurgeTests(PostgresFixture db) : IClassFixture<PostgresFixture>
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_purge_removes_only_keys_older_than_the_retention()
    {
        var name = "p_" + Guid.NewGuid().ToString("N")[..16];
        await db.ExecuteAsync($"CREATE DATABASE \"{name}\"");
        var superuser = new NpgsqlConnectionStringBuilder(db.ConnectionString) { Database = name }.ConnectionString;
        var roles = await DatabaseRoles.EnsureAsync(superuser, DatabaseRolePasswords.Generate());
        await DatabaseMigrator.MigrateAsync(roles.Migration, NullLogger.Instance);
        await using var source = NpgsqlDataSource.Create(roles.Gateway);
        await InsertAsync(source, "claimed-49h", Now.AddHours(-49), withCase: false);
        await InsertAsync(source, "with-case-50h", Now.AddHours(-50), withCase: true);
        await InsertAsync(source, "claimed-72h", Now.AddHours(-72), withCase: false);
        await InsertAsync(source, "claimed-47h", Now.AddHours(-47), withCase: false);
        await InsertAsync(source, "with-case-1h", Now.AddHours(-1), withCase: true);
        var time = new FakeTimeProvider(Now);
        var options = Options.Create(new GatewayOptions { Idempotency = new IdempotencyPurgeOptions { RetentionHours = 48, PurgeBatchSize = 2 } });
        var purge = new IdempotencyPurgeService(new IdempotencyStore(new GatewayDatabase(source)), options, time, NullLogger<IdempotencyPurgeService>.Instance);

        Assert.Equal(3, await purge.PurgeOnceAsync(CancellationToken.None));
        Assert.Equal(new[] { "claimed-47h", "with-case-1h" }, await KeysAsync(source));

        time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await purge.PurgeOnceAsync(CancellationToken.None));
        Assert.Equal(new[] { "with-case-1h" }, await KeysAsync(source));
    }

    private static async Task InsertAsync(NpgsqlDataSource source, string key, DateTimeOffset createdAt, bool withCase)
    {
        await using var command = source.CreateCommand(withCase
            ? """
              INSERT INTO idempotency_key (clerk_id, idempotency_key, method, route, request_hash, locked_until, case_kind, receipt_number, completed_at, created_at)
              VALUES ('c-1', $1, 'POST', '/api/points/510682101/matters', 'h', 'infinity', 'matter', '510682101-20261128-AAAA', $2, $2)
              """
            : """
              INSERT INTO idempotency_key (clerk_id, idempotency_key, method, route, request_hash, locked_until, status_code, content_type, response_body, completed_at, created_at)
              VALUES ('c-1', $1, 'POST', '/api/matters/x/complete', 'h', $2, 200, 'application/json', convert_to('{"citizen":{"name":"张三"}}', 'UTF8'), $2, $2)
              """);
        command.Parameters.AddWithValue(key);
        command.Parameters.AddWithValue(createdAt.ToUniversalTime());
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string[]> KeysAsync(NpgsqlDataSource source)
    {
        await using var command = source.CreateCommand("SELECT idempotency_key FROM idempotency_key ORDER BY idempotency_key");
        var keys = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetString(0));
        }

        return [.. keys];
    }
}
