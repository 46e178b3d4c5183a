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
    private readonly string _networkFile;

    private HttpCluster(ChildProcess silo, ChildProcess gateway, Uri address, string connectionString, string networkFile)
    {
        Silo = silo;
        Gateway = gateway;
        Address = address;
        ConnectionString = connectionString;
        _networkFile = networkFile;
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

        var clusterId = "bench-http-" + Guid.NewGuid().ToString("N")[..8];
        var interval = rollUpInterval.ToString("c", CultureInfo.InvariantCulture);
        var silo = ChildProcess.Start(
            ChildProcess.BuiltDll("Silo", "Network.Silo"),
            [],
            new Dictionary<string, string>
            {
                ["Network__Storage"] = "PostgreSql",
                ["ConnectionStrings__Network"] = connectionString,
                ["Network__LoadDemoNetwork"] = "true",
                ["Network__DemoNetworkFile"] = networkFile,
                ["Network__Live__RollUpInterval"] = interval,
                ["Orleans__ClusterId"] = clusterId,
                ["Orleans__SiloPort"] = ChildProcess.FreePort().ToString(CultureInfo.InvariantCulture),
                ["Orleans__GatewayPort"] = ChildProcess.FreePort().ToString(CultureInfo.InvariantCulture),
            });
        try
        {
            await silo.WaitForLineAsync("Demo network loaded", TimeSpan.FromSeconds(180), cancellationToken);
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
                    ["Gateway__DemoNetworkFile"] = networkFile,
                    ["Gateway__Cities__0"] = DivisionCodes.City(0),
                    // Every bench client signs in from 127.0.0.1: the per-IP sign-in limit would refuse them.
                    ["Gateway__SignInPermitLimit"] = "1000000",
                });
            var cluster = new HttpCluster(silo, gateway, address, connectionString, networkFile);
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
        File.Delete(_networkFile);
    }
}
