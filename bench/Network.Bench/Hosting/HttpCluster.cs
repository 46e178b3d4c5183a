using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Network.Bench.Generation;
using Network.Bench.Measuring;
using Network.Database;
using Npgsql;

namespace Network.Bench.Hosting;

/// <summary>
/// The system as it runs: a fresh database on the bench's PostgreSQL server, the real silo
/// process loading a generated network from a file, and the real gateway process (an Orleans
/// client, with demo accounts seeded from the same file), on loopback ports of their own.
/// </summary>
public sealed class HttpCluster : IAsyncDisposable
{
    public const string DemoPassword = "Demo-2026!";
    private readonly string[] _networkFiles;

    private HttpCluster(ChildProcess silo, ChildProcess gateway, Uri address, string connectionString, string[] networkFiles, GcPauseRecorder siloGc, GcPauseRecorder gatewayGc)
    {
        SiloGc = siloGc;
        GatewayGc = gatewayGc;
        Silo = silo;
        Gateway = gateway;
        Address = address;
        ConnectionString = connectionString;
        _networkFiles = networkFiles;
    }

    public ChildProcess Silo { get; }

    public ChildProcess Gateway { get; }

    public Uri Address { get; }

    /// <summary>The silo's garbage-collector pauses (it logs each: <c>Network__GcPauseLog</c>).</summary>
    public GcPauseRecorder SiloGc { get; }

    /// <summary>The gateway's garbage-collector pauses.</summary>
    public GcPauseRecorder GatewayGc { get; }

    /// <summary>The bench's own and its two processes' pause records, by the names <see cref="ProcessCpu"/> uses.</summary>
    public IReadOnlyDictionary<string, GcPauseRecorder> GcPauses => new Dictionary<string, GcPauseRecorder>
    {
        ["bench"] = GcPauseRecorder.Own,
        ["silo"] = SiloGc,
        ["gateway"] = GatewayGc,
    };

    /// <summary>
    /// Environment variables of the bench named <c>BENCH_SILO_X</c> or <c>BENCH_GATEWAY_X</c> go to that
    /// process only, as <c>X</c> (e.g. <c>BENCH_GATEWAY_DOTNET_GCgen0size=0x1000000</c>): one process's runtime
    /// settings tried without a rebuild, the others as built. A plain <c>DOTNET_X</c> of the bench reaches all three.
    /// </summary>
    public static IEnumerable<KeyValuePair<string, string>> OnlyFor(string process)
    {
        var prefix = "BENCH_" + process.ToUpperInvariant() + "_";
        foreach (System.Collections.DictionaryEntry e in Environment.GetEnvironmentVariables())
        {
            if (e.Key is string key && key.StartsWith(prefix, StringComparison.Ordinal) && key.Length > prefix.Length)
            {
                yield return new(key[prefix.Length..], e.Value as string ?? string.Empty);
            }
        }
    }

    public string ConnectionString { get; }

    public static async Task<HttpCluster> StartAsync(ThrowawayPostgres postgres, NetworkShape shape, TimeSpan rollUpInterval, CancellationToken cancellationToken)
    {
        var database = "http_" + Guid.NewGuid().ToString("N")[..8];
        await using (var connection = new NpgsqlConnection(postgres.Server.ConnectionStringFor("postgres")))
        {
            await connection.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var connectionString = postgres.Server.ConnectionStringFor(database);
        await DatabaseMigrator.MigrateAsync(connectionString, NullLogger.Instance, cancellationToken);
        var networkFile = Path.Combine(postgres.Server.Options.RootDirectory, "http-network.json");
        await NetworkFileWriter.WriteAsync(networkFile, NetworkGenerator.Generate(shape), indented: false, cancellationToken: cancellationToken);

        return await StartOnAsync(
            connectionString,
            networkFile,
            networkFile,
            DivisionCodes.City(0),
            new Dictionary<string, string> { ["Network__Live__RollUpInterval"] = rollUpInterval.ToString("c", CultureInfo.InvariantCulture) },
            TimeSpan.FromSeconds(180),
            cancellationToken);
    }

    /// <summary>
    /// The silo and gateway processes on an existing, migrated database: the silo defines the points
    /// of <paramref name="networkFile"/> not defined yet; the gateway seeds the demo accounts of
    /// <paramref name="gatewayNetworkFile"/> (monitoring <paramref name="city"/>). Both files are
    /// deleted when the cluster is disposed. <paramref name="siloEnvironment"/> adds to the silo's settings.
    /// </summary>
    public static async Task<HttpCluster> StartOnAsync(
        string connectionString,
        string networkFile,
        string gatewayNetworkFile,
        string city,
        IReadOnlyDictionary<string, string> siloEnvironment,
        TimeSpan defineTimeout,
        CancellationToken cancellationToken)
    {
        var clusterId = "bench-http-" + Guid.NewGuid().ToString("N")[..8];
        var environment = new Dictionary<string, string>
        {
            ["Network__Storage"] = "PostgreSql",
            ["ConnectionStrings__Network"] = connectionString,
            ["Network__LoadDemoNetwork"] = "true",
            ["Network__DemoNetworkFile"] = networkFile,
            ["Orleans__ClusterId"] = clusterId,
            ["Orleans__SiloPort"] = ChildProcess.FreePort().ToString(CultureInfo.InvariantCulture),
            ["Orleans__GatewayPort"] = ChildProcess.FreePort().ToString(CultureInfo.InvariantCulture),
            ["Network__GcPauseLog"] = "true",
        };
        foreach (var (name, value) in siloEnvironment.Concat(OnlyFor("silo")))
        {
            environment[name] = value;
        }

        var siloGc = new GcPauseRecorder();
        var gatewayGc = new GcPauseRecorder();
        var silo = ChildProcess.Start(ChildProcess.BuiltDll("Silo", "Network.Silo"), [], environment, siloGc.OnLine);
        try
        {
            await silo.WaitForLineAsync("Demo network loaded", defineTimeout, cancellationToken);
            var port = ChildProcess.FreePort();
            var address = new Uri($"http://127.0.0.1:{port}");
            var gatewayEnvironment = new Dictionary<string, string>
            {
                ["ConnectionStrings__Network"] = connectionString,
                ["Orleans__ClusterId"] = clusterId,
                ["Gateway__SeedDemoAccounts"] = "true",
                ["Gateway__DemoPassword"] = DemoPassword,
                ["Gateway__DemoNetworkFile"] = gatewayNetworkFile,
                ["Gateway__Cities__0"] = city,
                // Every bench client signs in from 127.0.0.1: the per-IP sign-in limit would refuse them.
                ["Gateway__SignInPermitLimit"] = "1000000",
                ["Network__GcPauseLog"] = "true",
            };
            foreach (var (name, value) in OnlyFor("gateway"))
            {
                gatewayEnvironment[name] = value;
            }

            var gateway = ChildProcess.Start(ChildProcess.BuiltDll("Gateway.Web", "Network.Gateway"), ["--urls", address.ToString()], gatewayEnvironment, gatewayGc.OnLine);
            var cluster = new HttpCluster(silo, gateway, address, connectionString, [networkFile, gatewayNetworkFile], siloGc, gatewayGc);
            try
            {
                await gateway.WaitForLineAsync("Now listening on", TimeSpan.FromSeconds(300), cancellationToken);
                using var http = new HttpClient { BaseAddress = address };
                using var ready = await http.GetAsync("/health/ready", cancellationToken);
                if (!ready.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"The gateway is listening but not ready ({(int)ready.StatusCode}):\n{gateway.Tail}");
                }
            }
            catch
            {
                await cluster.DisposeAsync();
                throw;
            }

            return cluster;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            await silo.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await Silo.DisposeAsync();
        foreach (var file in _networkFiles.Distinct())
        {
            File.Delete(file);
        }
    }
}
