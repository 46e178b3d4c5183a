using Microsoft.Extensions.Logging.Abstractions;
using Network.Database;

namespace Network.Bench.Hosting;

/// <summary>A PostgreSQL server of the machine's binaries (<see cref="LocalPostgres"/>) in a temporary folder, migrated, removed at the end.</summary>
public sealed class ThrowawayPostgres : IAsyncDisposable
{
    private ThrowawayPostgres(LocalPostgres server) => Server = server;

    public LocalPostgres Server { get; }

    public string ConnectionString => Server.ConnectionString;

    /// <param name="parent">The folder the server's folder goes in; the temporary folder's <c>network-bench</c> when null.</param>
    /// <param name="migrate">False leaves the server bare (no project schema): only for <c>bench yardstick --no-migrate</c>.</param>
    public static async Task<ThrowawayPostgres> StartAsync(CancellationToken cancellationToken = default, string? parent = null, bool migrate = true)
    {
        var root = Path.Combine(parent ?? Path.Combine(Path.GetTempPath(), "network-bench"), Guid.NewGuid().ToString("N")[..12]);
        var server = await LocalPostgres.StartAsync(new LocalPostgresOptions { RootDirectory = root }, NullLogger.Instance, cancellationToken);
        if (migrate)
        {
            await DatabaseMigrator.MigrateAsync(server.ConnectionString, NullLogger.Instance, cancellationToken);
        }

        return new ThrowawayPostgres(server);
    }

    /// <summary>The pid of the postmaster (first line of postmaster.pid), to find the server's processes.</summary>
    public int PostmasterPid =>
        int.Parse(File.ReadLines(Path.Combine(Server.DataDirectory, "postmaster.pid")).First(), System.Globalization.CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync() => await Server.DestroyAsync();
}
