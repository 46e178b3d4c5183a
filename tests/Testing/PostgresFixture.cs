using Xunit;
using Microsoft.Extensions.Logging.Abstractions;
using Network.Database;
using Npgsql;

namespace Network.Testing;

/// <summary>
/// A throwaway PostgreSQL cluster of the machine's own binaries, on a free loopback port,
/// migrated with the project's scripts; removed when the tests end.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private LocalPostgres? _server;

    public string ConnectionString => _server?.ConnectionString ?? throw new InvalidOperationException("PostgreSQL is not started.");

    /// <summary>The server itself (e.g. to set up the application's roles on it).</summary>
    public LocalPostgres Server => _server ?? throw new InvalidOperationException("PostgreSQL is not started.");

    public async Task InitializeAsync()
    {
        _server = await LocalPostgres.StartAsync(
            new LocalPostgresOptions { RootDirectory = Path.Combine(Path.GetTempPath(), "network-tests", Guid.NewGuid().ToString("N")[..12]) },
            NullLogger.Instance);
        await DatabaseMigrator.MigrateAsync(ConnectionString, NullLogger.Instance);
    }

    /// <summary>Stops the server (an outage); <see cref="RestartAsync"/> brings it back on the same port and data.</summary>
    public async Task StopAsync()
    {
        var server = _server ?? throw new InvalidOperationException("PostgreSQL is not started.");
        await server.StopAsync();
    }

    /// <summary>Starts the stopped server again on the same port, so connection strings stay valid.</summary>
    public async Task RestartAsync()
    {
        var server = _server ?? throw new InvalidOperationException("PostgreSQL was never started.");
        // Pooled connections of this process died with the server; the restart must not reuse them.
        NpgsqlConnection.ClearAllPools();
        _server = await LocalPostgres.StartAsync(server.Options with { Port = server.Port }, NullLogger.Instance);
        NpgsqlConnection.ClearAllPools();
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DestroyAsync();
        }
    }

    /// <summary>A fresh, migrated database on the same server, so a test sees only its own rows.</summary>
    public async Task<string> CreateDatabaseAsync(string? name = null)
    {
        var database = name ?? "t_" + Guid.NewGuid().ToString("N")[..16];
        await ExecuteAsync($"CREATE DATABASE \"{database}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = database }.ConnectionString;
        await DatabaseMigrator.MigrateAsync(connectionString, NullLogger.Instance);
        return connectionString;
    }

    public async Task<T?> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var p in parameters)
        {
            command.Parameters.AddWithValue(p);
        }

        var result = await command.ExecuteScalarAsync();
        return result is null or DBNull ? default : (T)result;
    }

    public async Task ExecuteAsync(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var p in parameters)
        {
            command.Parameters.AddWithValue(p);
        }

        await command.ExecuteNonQueryAsync();
    }
}
