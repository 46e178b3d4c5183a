using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Network.Database;
using Network.Testing;

namespace Network.Gateway.Tests.Infrastructure;

/// <summary>
/// The run command's way of running, on a throwaway PostgreSQL: the server's roles set up as the
/// embedded server sets them up (passwords required over TCP, the database an earlier build
/// migrated as the superuser handed to the migration role), then a real silo process that
/// migrates as <c>network_migration</c> and runs as <c>network_silo</c>, and the gateway in this
/// process as <c>network_gateway</c>, seeding the demo accounts. Nothing of the application
/// connects as the superuser.
/// </summary>
public sealed class RolesFixture : IAsyncLifetime
{
    private static readonly TimeSpan Startup = TimeSpan.FromSeconds(120);
    private SiloProcess? _silo;
    private GatewayFactory? _gateway;

    public PostgresFixture Database { get; } = new();

    public DatabaseRoleConnections Roles { get; private set; } = null!;

    public GatewayFactory Gateway => _gateway ?? throw new InvalidOperationException("The gateway is not started.");

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        Roles = await Database.Server.EnsureRolesAsync(NullLogger.Instance);
        var clusterId = "roles-" + Guid.NewGuid().ToString("N")[..8];
        _silo = SiloProcess.Start(clusterId, new Dictionary<string, string>
        {
            ["Network__Storage"] = "PostgreSql",
            ["ConnectionStrings__Network"] = Roles.Silo,
            ["ConnectionStrings__NetworkMigration"] = Roles.Migration,
            ["Network__LoadDemoNetwork"] = "true",
        });
        await _silo.WaitForLineAsync("Demo network loaded", Startup);

        _gateway = new GatewayFactory(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Network"] = Roles.Gateway,
            ["Orleans:ClusterId"] = clusterId,
            ["Orleans:ServiceId"] = "convenience-network",
            ["Gateway:SeedDemoAccounts"] = "true",
            ["Gateway:DemoPassword"] = Demo.Password,
            ["Gateway:PasswordIterations"] = "10000",
        });
        _gateway.CreateClient().Dispose();
    }

    public async Task DisposeAsync()
    {
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }

        if (_silo is not null)
        {
            await _silo.StopAsync();
            await _silo.DisposeAsync();
        }

        await Database.DisposeAsync();
    }

    /// <summary>A client signed in as <paramref name="clerkId"/> with a bearer token.</summary>
    public async Task<HttpClient> As(string clerkId)
    {
        var client = Gateway.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        var response = await client.PostAsJsonAsync("/api/auth/token", new { clerkId, password = Demo.Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private sealed record TokenResponse(string AccessToken);
}
