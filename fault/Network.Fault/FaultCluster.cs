using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Network.Database;
using Network.Testing;
using Npgsql;

namespace Network.Fault;

/// <summary>
/// What the fault test runs: a throwaway PostgreSQL (the machine's binaries), three silo processes
/// of one cluster on it and two gateway processes, all on loopback. Faults: SIGKILL of a silo, and
/// an immediate stop of PostgreSQL followed by a start on the same port and data.
/// </summary>
/// <param name="budgetSeconds">Each gateway's request budget (<c>Gateway:RequestBudgetSeconds</c>), which the report's checks assume.</param>
public sealed class FaultCluster(int budgetSeconds) : IAsyncDisposable
{
    public const string Password = "Demo-2026!";
    private const string ClusterId = "fault";
    private static readonly TimeSpan Startup = TimeSpan.FromSeconds(180);
    private readonly List<SiloProcess> _silos = [];
    private readonly List<GatewayProcess> _gateways = [];
    private readonly HashSet<int> _killed = [];
    private LocalPostgres? _postgres;

    public string ConnectionString => _postgres?.ConnectionString ?? throw new InvalidOperationException("PostgreSQL is not started.");

    public IReadOnlyList<Uri> Gateways => _gateways.Select(g => g.Address).ToList();

    public IEnumerable<string> GatewayOutputs => _gateways.Select(g => g.Output);

    public IEnumerable<string> SiloOutputs => _silos.Select((s, i) => _killed.Contains(i) ? "(killed with kill -9)" : s.Output);

    public int PostgresPort => _postgres?.Port ?? 0;

    public IReadOnlyList<SiloProcess> Silos => _silos;

    // Every process's console lines carry the UTC time, to follow a fault across processes.
    private static readonly Dictionary<string, string> Timestamps = new()
    {
        ["Logging__Console__FormatterName"] = "simple",
        ["Logging__Console__FormatterOptions__TimestampFormat"] = "HH:mm:ss.fff ",
        ["Logging__Console__FormatterOptions__UseUtcTimestamp"] = "true",
    };

    public async Task StartAsync(TextWriter log)
    {
        var root = Path.Combine(Path.GetTempPath(), "network-fault", Guid.NewGuid().ToString("N")[..12]);
        _postgres = await LocalPostgres.StartAsync(new LocalPostgresOptions { RootDirectory = root }, NullLogger.Instance);
        await DatabaseMigrator.MigrateAsync(ConnectionString, NullLogger.Instance);
        log.WriteLine($"PostgreSQL on 127.0.0.1:{PostgresPort} ({root})");

        for (var i = 0; i < 3; i++)
        {
            var silo = SiloProcess.Start(ClusterId, new Dictionary<string, string>(Timestamps)
            {
                ["Network__Storage"] = "PostgreSql",
                ["ConnectionStrings__Network"] = ConnectionString,
                ["Network__LoadDemoNetwork"] = i == 0 ? "true" : "false",
            });
            _silos.Add(silo);
            // The first silo loads the demo network; the others join once it is there.
            await silo.WaitForLineAsync(i == 0 ? "Demo network loaded" : "Application started", Startup);
            log.WriteLine($"Silo {i} up: silo port {silo.SiloPort}, gateway port {silo.GatewayPort}");
        }

        for (var i = 0; i < 2; i++)
        {
            // One after the other: both seed the same demo accounts at start.
            var gateway = await GatewayProcess.StartAsync(ClusterId, ConnectionString, new Dictionary<string, string>(Timestamps)
            {
                ["Gateway__SeedDemoAccounts"] = "true",
                ["Gateway__DemoPassword"] = Password,
                ["Gateway__SignInPermitLimit"] = "100000",
                ["Gateway__RequestBudgetSeconds"] = budgetSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
            _gateways.Add(gateway);
            log.WriteLine($"Gateway {i} up: {gateway.Address}");
        }
    }

    /// <summary>
    /// kill -9 of silo <paramref name="index"/>: SiloProcess disposal is Process.Kill, which is SIGKILL
    /// on Linux. No goodbye: its membership row stays Active until the others vote it dead.
    /// </summary>
    public async Task KillSiloAsync(int index)
    {
        await _silos[index].DisposeAsync();
        _killed.Add(index);
    }

    /// <summary>The membership table's view: how many silos of the cluster are Active (3) and Dead (6).</summary>
    public async Task<(int Active, int Dead)> MembershipAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FILTER (WHERE status = 3), count(*) FILTER (WHERE status = 6) FROM orleansmembershiptable WHERE deploymentid = $1", connection);
        command.Parameters.AddWithValue(ClusterId);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return ((int)reader.GetInt64(0), (int)reader.GetInt64(1));
    }

    /// <summary>pg_ctl -m immediate stop: the server dies without a checkpoint, as in a crash.</summary>
    public async Task StopPostgresImmediatelyAsync()
    {
        var server = _postgres ?? throw new InvalidOperationException("PostgreSQL is not started.");
        var bin = LocalPostgres.FindBinaries() ?? throw new InvalidOperationException("No pg_ctl.");
        await RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", server.DataDirectory, "-m", "immediate", "-w", "stop"]);
    }

    /// <summary>Starts PostgreSQL again on the same port and data (crash recovery replays the WAL).</summary>
    public async Task StartPostgresAgainAsync()
    {
        var server = _postgres ?? throw new InvalidOperationException("PostgreSQL was never started.");
        NpgsqlConnection.ClearAllPools();
        _postgres = await LocalPostgres.StartAsync(server.Options with { Port = server.Port }, NullLogger.Instance);
        NpgsqlConnection.ClearAllPools();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var gateway in _gateways)
        {
            await gateway.DisposeAsync();
        }

        foreach (var (silo, i) in _silos.Select((s, i) => (s, i)).Where(s => !_killed.Contains(s.i)))
        {
            await silo.DisposeAsync();
        }

        if (_postgres is not null)
        {
            await _postgres.DestroyAsync();
        }
    }

    private static async Task RunAsync(string command, IReadOnlyList<string> arguments)
    {
        var root = Environment.UserName == "root";
        var start = new ProcessStartInfo(root ? "runuser" : command) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/" };
        if (root)
        {
            foreach (var a in (string[])["-u", "postgres", "--", command])
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {command}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await output}{await error}");
        }
    }
}
