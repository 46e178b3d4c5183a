using Microsoft.Extensions.Logging.Abstractions;
using Network.Database;
using Npgsql;

namespace Network.Bench.Hosting;

/// <summary>A PostgreSQL server of the machine's binaries (<see cref="LocalPostgres"/>) in a temporary folder, migrated, removed at the end.</summary>
public sealed class ThrowawayPostgres : IAsyncDisposable
{
    private ThrowawayPostgres(LocalPostgres server) => Server = server;

    public LocalPostgres Server { get; }

    public string ConnectionString => Server.ConnectionString;

    /// <param name="parent">The folder the server's folder goes in; the temporary folder's <c>network-bench</c> when null.</param>
    /// <param name="migrate">
    /// False leaves the server bare (no project schema) until <see cref="MigrateAsync"/>: <c>bench run</c> measures
    /// its pgbench yardstick there first, so that figure does not depend on the project's schema (docs/speed-yardstick.md).
    /// </param>
    public static async Task<ThrowawayPostgres> StartAsync(CancellationToken cancellationToken = default, string? parent = null, bool migrate = true)
    {
        var root = Path.Combine(parent ?? Path.Combine(Path.GetTempPath(), "network-bench"), Guid.NewGuid().ToString("N")[..12]);
        var server = await LocalPostgres.StartAsync(new LocalPostgresOptions { RootDirectory = root }, NullLogger.Instance, cancellationToken);
        var postgres = new ThrowawayPostgres(server);
        if (migrate)
        {
            await postgres.MigrateAsync(cancellationToken);
        }

        return postgres;
    }

    /// <summary>Applies the project's schema (<see cref="DatabaseMigrator"/>): after a start with <c>migrate: false</c>.</summary>
    public Task MigrateAsync(CancellationToken cancellationToken = default) =>
        DatabaseMigrator.MigrateAsync(Server.ConnectionString, NullLogger.Instance, cancellationToken);

    /// <summary>Whether the project's schema is on the server (the migrator's <c>schema_history</c> in the application's database).</summary>
    public async Task<bool> IsMigratedAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server.ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT to_regclass('schema_history') IS NOT NULL", connection);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>The pid of the postmaster (first line of postmaster.pid), to find the server's processes.</summary>
    public int PostmasterPid =>
        int.Parse(File.ReadLines(Path.Combine(Server.DataDirectory, "postmaster.pid")).First(), System.Globalization.CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync() => await Server.DestroyAsync();
}
