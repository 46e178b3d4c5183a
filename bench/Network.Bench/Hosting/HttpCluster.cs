using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Network.Bench.Generation;
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

    private HttpCluster(ChildProcess silo, ChildProcess gateway, Uri address, string connectionString, string[] networkFiles)
    {
        Silo = silo;
        Gateway = gateway;
        Address = address;
        ConnectionString = connectionString;
        _networkFiles = networkFiles;
    }

    public ChildProcess Silo { get; }

    public ChildProcess Gateway { get; }

    public Uri Address { get; }

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
        };
        foreach (var (name, value) in siloEnvironment)
        {
            environment[name] = value;
        }

        var silo = ChildProcess.Start(ChildProcess.BuiltDll("Silo", "Network.Silo"), [], environment);
        try
        {
            await silo.WaitForLineAsync("Demo network loaded", defineTimeout, cancellationToken);
            var port = ChildProcess.FreePort();
            var address = new Uri($"http://127.0.0.1:{port}");
            var gateway = ChildProcess.Start(
                ChildProcess.BuiltDll("Gateway.Web", "Network.Gateway"),
                ["--urls", address.ToString()],
                new Dictionary<string, string>
                {
                    ["ConnectionStrings__Network"] = connectionString,
                    ["Orleans__ClusterId"] = clusterId,
                    ["Gateway__SeedDemoAccounts"] = "true",
                    ["Gateway__DemoPassword"] = DemoPassword,
                    ["Gateway__DemoNetworkFile"] = gatewayNetworkFile,
                    ["Gateway__Cities__0"] = city,
                    // Every bench client signs in from 127.0.0.1: the per-IP sign-in limit would refuse them.
                    ["Gateway__SignInPermitLimit"] = "1000000",
                });
            var cluster = new HttpCluster(silo, gateway, address, connectionString, [networkFile, gatewayNetworkFile]);
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
