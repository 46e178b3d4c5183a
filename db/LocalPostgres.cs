using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Network.Database;

/// <summary>
/// A PostgreSQL server run from the machine's own binaries in a folder of ours: the embedded
/// default of the run command and the throwaway server of the test fixtures. initdb and
/// postgres refuse to run as root, so as root every command runs as the <c>postgres</c> user.
/// </summary>
public sealed class LocalPostgres : IAsyncDisposable
{
    private readonly string _bin;
    private readonly ILogger _logger;

    private LocalPostgres(string bin, LocalPostgresOptions options, string rootDirectory, int port, ILogger logger)
    {
        _bin = bin;
        _logger = logger;
        Options = options;
        RootDirectory = rootDirectory;
        Port = port;
    }

    /// <summary>
    /// How the server writes its WAL, durability unchanged (fsync, <c>synchronous_commit</c> and
    /// <c>full_page_writes</c> stay on, their defaults). The first change of a page after a checkpoint
    /// writes the whole page to the WAL; the case store's writes land on pages all over
    /// <c>case_record</c>'s indexes (random receipt numbers, lookup hashes) and the rollups, so after
    /// each checkpoint most changes write a page image for a while. Checkpoints are therefore spaced
    /// further (every 15 minutes or 4 GB of WAL instead of 5 minutes or 1 GB: a longer crash
    /// recovery, no less safe) and page images compressed with lz4 (already required: 116 compresses
    /// case states with it). A short bench run reaches no checkpoint either way (docs/speed-postgres.md).
    /// </summary>
    public const string WalSettings = "-c wal_compression=lz4 -c max_wal_size=4GB -c checkpoint_timeout=15min";

    public LocalPostgresOptions Options { get; }

    /// <summary>
    /// The folder actually holding the data, socket and log: <see cref="LocalPostgresOptions.RootDirectory"/>,
    /// or a folder of the server user's own when that one is out of the user's reach.
    /// </summary>
    public string RootDirectory { get; }

    /// <summary>True when the server runs in a fallback folder instead of the configured one.</summary>
    public bool IsRelocated => RootDirectory != Path.GetFullPath(Options.RootDirectory);

    public int Port { get; }

    public string DataDirectory => Path.Combine(RootDirectory, "data");

    public string ConnectionString => ConnectionStringFor(Options.Database);

    public string ConnectionStringFor(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = "postgres",
        Database = database,
        Pooling = true,
        MaxPoolSize = 100,
    }.ConnectionString;

    /// <summary>The folder of the newest installed server binaries, or null when there are none.</summary>
    public static string? FindBinaries(string? preferred = null)
    {
        if (preferred is not null)
        {
            return File.Exists(Path.Combine(preferred, "pg_ctl")) ? preferred : null;
        }

        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root))
        {
            return null;
        }

        return Directory.GetDirectories(root)
            .Select(d => Path.Combine(d, "bin"))
            .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")))
            .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var v) ? v : 0)
            .FirstOrDefault();
    }

    /// <summary>
    /// Starts the server (creating the cluster the first time), or attaches to the one already
    /// running in that folder, and makes sure the application's database exists.
    /// </summary>
    public static async Task<LocalPostgres> StartAsync(LocalPostgresOptions options, ILogger logger, CancellationToken cancellationToken = default)
    {
        var bin = FindBinaries(options.BinDirectory)
            ?? throw new InvalidOperationException("No PostgreSQL server binaries (initdb, pg_ctl) were found under /usr/lib/postgresql.");

        var root = await ServerFolder.ResolveAsync(options, logger, cancellationToken);
        var data = Path.Combine(root, "data");
        var socket = Path.Combine(root, "sock");
        if (!Directory.Exists(socket))
        {
            Directory.CreateDirectory(socket);
            if (IsRoot)
            {
                await RunAsync("chown", ["postgres:postgres", socket], asPostgres: false, logger, cancellationToken);
            }
        }

        logger.LogInformation("Embedded PostgreSQL folder (data, socket, log): {RootDirectory}", root);
        if (!File.Exists(Path.Combine(data, "PG_VERSION")))
        {
            logger.LogInformation("Creating a PostgreSQL cluster in {DataDirectory}", data);
            await RunAsync(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-locale"], asPostgres: IsRoot, logger, cancellationToken);
        }

        var running = await RunningPortAsync(bin, data, logger, cancellationToken);
        int port;
        if (running is { } existing)
        {
            port = existing;
            logger.LogInformation("PostgreSQL is already running in {DataDirectory} on port {Port}", data, port);
        }
        else
        {
            port = options.Port == 0 ? FreePort() : options.Port;
            if (!PortIsFree(port))
            {
                throw PortInUse(port, options);
            }

            var settings = $"-p {port} -k {socket} -c listen_addresses={string.Join(',', options.ListenAddresses)} -c max_connections=300 -c shared_buffers=256MB {WalSettings}";
            var started = await RunAsync(
                Path.Combine(bin, "pg_ctl"),
                ["-D", data, "-l", Path.Combine(root, "postgres.log"), "-w", "-t", "60", "-o", settings, "start"],
                asPostgres: IsRoot,
                logger,
                cancellationToken,
                throwOnError: false);
            if (started != 0)
            {
                // Another program may have taken the port between the check and the start.
                throw !PortIsFree(port)
                    ? PortInUse(port, options)
                    : new InvalidOperationException($"pg_ctl start failed with exit code {started}; see {Path.Combine(root, "postgres.log")}.");
            }

            logger.LogInformation("Started PostgreSQL in {DataDirectory} on {Addresses}, port {Port}", data, string.Join(", ", options.ListenAddresses), port);
        }

        var server = new LocalPostgres(bin, options, root, port, logger);
        await server.EnsureDatabaseAsync(cancellationToken);
        return server;
    }

    /// <summary>Stops the server, waiting for it to shut down cleanly.</summary>
    public Task StopAsync(CancellationToken cancellationToken = default) =>
        RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", DataDirectory, "-m", "fast", "-w", "stop"], asPostgres: IsRoot, _logger, cancellationToken);

    /// <summary>Stops and removes the whole folder it used (<see cref="RootDirectory"/>): for throwaway test servers.</summary>
    public async Task DestroyAsync()
    {
        await StopAsync();
        Directory.Delete(RootDirectory, recursive: true);
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task EnsureDatabaseAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionStringFor("postgres"));
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
        exists.Parameters.AddWithValue(Options.Database);
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            // CREATE DATABASE takes no parameters; the name is quoted as an identifier.
            var quoted = "\"" + Options.Database.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            await using var create = new NpgsqlCommand($"CREATE DATABASE {quoted}", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
            _logger.LogInformation("Created database {Database}", Options.Database);
        }
    }

    private static async Task<int?> RunningPortAsync(string bin, string data, ILogger logger, CancellationToken cancellationToken)
    {
        var pidFile = Path.Combine(data, "postmaster.pid");
        if (!File.Exists(pidFile))
        {
            return null;
        }

        var status = await RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", data, "status"], asPostgres: IsRoot, logger, cancellationToken, throwOnError: false);
        if (status != 0)
        {
            return null;
        }

        // postmaster.pid: line 4 is the port the running server listens on.
        var lines = await File.ReadAllLinesAsync(pidFile, cancellationToken);
        return lines.Length > 3 && int.TryParse(lines[3], out var port) ? port : null;
    }

    private static bool IsRoot => ServerUserCommand.IsRoot;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Whether 127.0.0.1:<paramref name="port"/> can be listened on, found by trying.</summary>
    private static bool PortIsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException e) when (e.SocketErrorCode is SocketError.AddressAlreadyInUse or SocketError.AccessDenied)
        {
            return false;
        }
    }

    private static LocalPostgresStartException PortInUse(int port, LocalPostgresOptions options) => new(
        $"Port {port} on 127.0.0.1 is already in use: something else listens there, so the embedded PostgreSQL cannot start on it. "
        + $"Stop that program or choose another port with {options.PortSetting ?? "LocalPostgresOptions.Port"}.");

    private static Task<int> RunAsync(
        string command,
        IReadOnlyList<string> arguments,
        bool asPostgres,
        ILogger logger,
        CancellationToken cancellationToken,
        bool throwOnError = true) =>
        ServerUserCommand.RunAsync(command, arguments, asPostgres, logger, cancellationToken, throwOnError);
}
