using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Network.Database;
using Network.Fault;
using Network.ServiceDefaults.Tls;
using Network.Testing;
using Network.Testing.Namespaces;
using Npgsql;

namespace Network.Cluster.Tests;

/// <summary>
/// A cluster across hosts on one machine: five network namespaces on a bridge (198.51.100.0/24,
/// the documentation range), one per process: three silos (.11-.13, each advertising its own
/// address, default ports) and two gateways (.21, .22, HTTP on port 5080); PostgreSQL in this
/// namespace listens on the bridge (.1) and serves clustering and storage (ADO.NET). No process
/// can reach another over loopback: each namespace has its own. Every Orleans connection is mutual
/// TLS (<c>Orleans:Tls:Mode=Required</c>): the run's own CA issues each silo and gateway a
/// certificate naming its host's address (<see cref="TestCertificates"/>).
/// </summary>
public sealed class HostCluster : IAsyncDisposable
{
    public const string ClusterId = "hosts";
    public const string ServiceId = "network-hosts";
    private const string Prefix = "nwct";
    private const int PrefixLength = 24;
    private static readonly IPAddress BridgeAddress = IPAddress.Parse("198.51.100.1");
    private static readonly TimeSpan Startup = TimeSpan.FromSeconds(180);
    private static readonly string ScratchRoot = Path.Combine(Path.GetTempPath(), "network-hosts");
    private static readonly Dictionary<string, IPAddress> Addresses = new()
    {
        ["s1"] = IPAddress.Parse("198.51.100.11"),
        ["s2"] = IPAddress.Parse("198.51.100.12"),
        ["s3"] = IPAddress.Parse("198.51.100.13"),
        ["g1"] = IPAddress.Parse("198.51.100.21"),
        ["g2"] = IPAddress.Parse("198.51.100.22"),
    };

    private readonly Action<string> _log;
    private readonly List<SiloProcess> _silos = [];
    private readonly List<GatewayProcess> _gateways = [];
    /// <summary>This run's folder: PostgreSQL's data, the accounts file; removed at the end.</summary>
    private readonly string _scratch = Path.Combine(ScratchRoot, Guid.NewGuid().ToString("N")[..12]);
    private NamespaceNetwork? _network;
    private LocalPostgres? _postgres;
    private TestCertificates? _certificates;

    private readonly IReadOnlyCollection<string> _accountPoints;

    private HostCluster(Action<string> log, IReadOnlyCollection<string> accountPoints) => (_log, _accountPoints) = (log, accountPoints);

    /// <summary>PostgreSQL at its address on the bridge, as the silos and gateways reach it.</summary>
    public string ConnectionString { get; private set; } = "";

    public IReadOnlyList<SiloProcess> Silos => _silos;

    /// <summary>The hosts (network namespaces) by name: s1-s3 the silos', g1 and g2 the gateways'.</summary>
    public IReadOnlyDictionary<string, NetworkHost> Hosts => _network?.Hosts ?? new Dictionary<string, NetworkHost>();

    public IReadOnlyList<Uri> Gateways => _gateways.Select(g => g.Address).ToList();

    public IReadOnlyList<GatewayProcess> GatewayProcesses => _gateways;

    /// <summary>The test's own TLS identity (a gateway's certificate of the run's CA), for its Orleans clients.</summary>
    public ClusterCredentials TestClient => (_certificates ?? throw new InvalidOperationException("The cluster is not started.")).TestClient;

    /// <summary>The silos' own addresses, in order.</summary>
    public static IReadOnlyList<IPAddress> SiloAddresses => new[] { "s1", "s2", "s3" }.Select(h => Addresses[h]).ToList();

    /// <summary>
    /// Makes the network, then starts PostgreSQL, the silos (with the whole demo network) and the
    /// gateways, the first seeding the demo accounts of <paramref name="accountPoints"/> only
    /// (hashing every demo account's password takes most of a minute on a busy machine); on any
    /// failure removes what it made.
    /// </summary>
    public static async Task<HostCluster> StartAsync(Action<string> log, IReadOnlyCollection<string> accountPoints)
    {
        var cluster = new HostCluster(log, accountPoints);
        try
        {
            await cluster.StartCoreAsync();
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>The membership table's rows of this cluster.</summary>
    public async Task<IReadOnlyList<ClusterMember>> MembershipAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT address, port, proxyport, status FROM orleansmembershiptable WHERE deploymentid = $1 ORDER BY address, generation", connection);
        command.Parameters.AddWithValue(ClusterId);
        await using var reader = await command.ExecuteReaderAsync();
        var members = new List<ClusterMember>();
        while (await reader.ReadAsync())
        {
            members.Add(new ClusterMember(reader.GetString(0), reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetInt32(2), reader.GetInt32(3)));
        }

        return members;
    }

    /// <summary>Polls the membership table until <paramref name="done"/> holds; the last rows read are in the timeout's message.</summary>
    public async Task<IReadOnlyList<ClusterMember>> WaitForMembershipAsync(Func<IReadOnlyList<ClusterMember>, bool> done, string what, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var members = await MembershipAsync();
            if (done(members))
            {
                return members;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The membership table did not show {what} within {timeout}: {string.Join("; ", members)}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }

    /// <summary>kill -9 of the silo at <paramref name="index"/> (SiloProcess disposal is SIGKILL): no goodbye to the cluster.</summary>
    public async Task KillSiloAsync(int index) => await _silos[index].DisposeAsync();

    /// <summary>
    /// Stops every process (gateways with SIGTERM, silos with SIGKILL), removes PostgreSQL and its
    /// folder and the network, even after a failure; the processes' output goes to artifacts/cluster-hosts.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        var errors = new List<Exception>();
        foreach (var gateway in _gateways)
        {
            await Try(errors, () => gateway.DisposeAsync().AsTask());
        }

        foreach (var silo in _silos)
        {
            await Try(errors, () => silo.DisposeAsync().AsTask());
        }

        await SaveOutputsAsync(errors);
        if (_postgres is { } postgres)
        {
            await Try(errors, postgres.DestroyAsync);
        }

        _certificates?.Dispose();
        if (Directory.Exists(_scratch))
        {
            await Try(errors, () => Task.Run(() => Directory.Delete(_scratch, recursive: true)));
        }

        if (_network is { } network)
        {
            await Try(errors, () => network.DisposeAsync().AsTask());
        }

        if (errors.Count > 0)
        {
            throw new AggregateException("Cleaning up the cluster across hosts failed.", errors);
        }
    }

    private async Task StartCoreAsync()
    {
        _network = await NamespaceNetwork.CreateAsync(
            Prefix, BridgeAddress, PrefixLength, Addresses, lockTimeout: TimeSpan.FromMinutes(6));
        _log($"Network {Prefix}-br {BridgeAddress}/{PrefixLength}: {string.Join(", ", _network.Hosts.Values)}");

        await StartPostgresAsync();
        var certificates = TestCertificates.Create(
            Path.Combine(_scratch, "tls"),
            Addresses.Select(h => (h.Key, h.Key.StartsWith('s') ? ClusterRole.Silo : ClusterRole.Gateway, h.Value)),
            BridgeAddress);
        _certificates = certificates;
        var silos = new[] { "s1", "s2", "s3" }.Select((name, i) => SiloProcess.Start(ClusterId, new Dictionary<string, string>(certificates.Settings(name))
        {
            ["Orleans__ServiceId"] = ServiceId,
            ["Network__Storage"] = "PostgreSql",
            ["ConnectionStrings__Network"] = ConnectionString,
            ["Network__LoadDemoNetwork"] = i == 0 ? "true" : "false",
            // One silo listens on every address of its host, as behind NAT or in a container.
            ["Orleans__ListenOnAnyHostAddress"] = name == "s3" ? "true" : "false",
        }, _network.Hosts[name]));
        _silos.AddRange(silos);
        await Task.WhenAll(
            _silos[0].WaitForLineAsync("Demo network loaded", Startup),
            _silos[1].WaitForLineAsync("Application started", Startup),
            _silos[2].WaitForLineAsync("Application started", Startup));
        var members = await WaitForMembershipAsync(
            m => m.Count(r => r.IsActive) == 3, "three Active silos", Startup);
        _log($"Silos up: {string.Join("; ", members)}");

        var accounts = await AccountsFileAsync();
        // One after the other: the first creates the data-protection key the second then shares.
        foreach (var (name, i) in new[] { "g1", "g2" }.Select((n, i) => (n, i)))
        {
            _gateways.Add(await GatewayProcess.StartAsync(ClusterId, ConnectionString, new Dictionary<string, string>(certificates.Settings(name))
            {
                ["Orleans__ServiceId"] = ServiceId,
                ["Gateway__SeedDemoAccounts"] = i == 0 ? "true" : "false",
                ["Gateway__DemoPassword"] = FaultCluster.Password,
                ["Gateway__DemoNetworkFile"] = accounts,
                ["Gateway__SignInPermitLimit"] = "100000",
            }, _network.Hosts[name]));
            _log($"Gateway {name} ready at {_gateways[^1].Address}");
        }
    }

    /// <summary>The demo network file cut down to the points whose accounts the test signs in with.</summary>
    private async Task<string> AccountsFileAsync()
    {
        var network = JsonNode.Parse(await File.ReadAllTextAsync(RepoPaths.DemoNetwork))!.AsObject();
        var points = network["points"]!.AsArray().Where(p => _accountPoints.Contains((string)p!["code"]!)).Select(p => p!.DeepClone()).ToArray();
        var path = Path.Combine(_scratch, "accounts-network.json");
        await File.WriteAllTextAsync(path, new JsonObject { ["points"] = new JsonArray(points) }.ToJsonString());
        return path;
    }

    /// <summary>
    /// PostgreSQL in this namespace, listening on loopback and on the bridge, with the bridge's
    /// subnet allowed in pg_hba.conf; ready once a connection to the bridge address is let in.
    /// </summary>
    private async Task StartPostgresAsync()
    {
        await RemoveLeftoversAsync();
        var root = Path.Combine(_scratch, "postgres");
        _postgres = await LocalPostgres.StartAsync(
            new LocalPostgresOptions { RootDirectory = root, ListenAddresses = ["127.0.0.1", BridgeAddress.ToString()] },
            NullLogger.Instance);
        await DatabaseMigrator.MigrateAsync(_postgres.ConnectionString, NullLogger.Instance);

        var subnet = Subnet.Of(BridgeAddress, PrefixLength);
        await File.AppendAllTextAsync(
            Path.Combine(_postgres.DataDirectory, "pg_hba.conf"),
            $"\n# The test network's hosts (tests/Cluster.Tests)\nhost all all {subnet} trust\n");
        await using (var connection = new NpgsqlConnection(_postgres.ConnectionString))
        {
            await connection.OpenAsync();
            await using var reload = new NpgsqlCommand("SELECT pg_reload_conf()", connection);
            await reload.ExecuteScalarAsync();
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(_postgres.ConnectionString) { Host = BridgeAddress.ToString() }.ConnectionString;
        await WaitUntilBridgeAdmittedAsync(TimeSpan.FromSeconds(30));
        _log($"PostgreSQL on {BridgeAddress}:{_postgres.Port} ({root})");
    }

    /// <summary>
    /// The folders of runs that crashed, and their PostgreSQL servers still running (pg_ctl starts
    /// them detached): with the network's machine lock held no other run is using any of them.
    /// </summary>
    private static async Task RemoveLeftoversAsync()
    {
        if (!Directory.Exists(ScratchRoot))
        {
            return;
        }

        var pgCtl = Path.Combine(LocalPostgres.FindBinaries() ?? "", "pg_ctl");
        foreach (var folder in Directory.GetDirectories(ScratchRoot))
        {
            var data = Path.Combine(folder, "postgres", "data");
            if (File.Exists(Path.Combine(data, "postmaster.pid")))
            {
                await ServerUserCommand.ExecuteAsync(pgCtl, ["-D", data, "-m", "immediate", "-w", "stop"], asServerUser: true, "/", throwOnError: false, CancellationToken.None);
            }

            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The reload is asynchronous: polls a connection from the bridge address until pg_hba.conf lets it in.</summary>
    private async Task WaitUntilBridgeAdmittedAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString);
                await connection.OpenAsync();
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidAuthorizationSpecification && DateTime.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100));
            }
        }
    }

    private async Task SaveOutputsAsync(List<Exception> errors)
    {
        var folder = Path.Combine(RepoPaths.Root, "artifacts", "cluster-hosts");
        await Try(errors, async () =>
        {
            Directory.CreateDirectory(folder);
            foreach (var (silo, i) in _silos.Select((s, i) => (s, i)))
            {
                await File.WriteAllTextAsync(Path.Combine(folder, $"silo{i + 1}.log"), silo.Output);
            }

            foreach (var (gateway, i) in _gateways.Select((g, i) => (g, i)))
            {
                await File.WriteAllTextAsync(Path.Combine(folder, $"gateway{i + 1}.log"), gateway.Output);
            }
        });
    }

    private static async Task Try(List<Exception> errors, Func<Task> step)
    {
        try
        {
            await step();
        }
        catch (Exception e)
        {
            errors.Add(e);
        }
    }
}
