using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Network.Testing;

namespace Network.Gateway.Tests.Infrastructure;

/// <summary>
/// One throwaway PostgreSQL, one real silo process on it (as the run command starts it, with the
/// demo network) and the gateway in this process as an Orleans client of that silo, with the demo
/// accounts seeded. Shared by a test collection.
/// </summary>
public class GatewayFixture : IAsyncLifetime
{
    private static readonly TimeSpan Startup = TimeSpan.FromSeconds(120);
    private readonly ConcurrentDictionary<string, Task<string>> _tokens = new();
    private SiloProcess? _silo;
    private GatewayFactory? _gateway;

    public PostgresFixture Database { get; } = new();

    public GatewayFactory Gateway => _gateway ?? throw new InvalidOperationException("The gateway is not started.");

    public SiloProcess Silo => _silo ?? throw new InvalidOperationException("The silo is not started.");

    /// <summary>The cluster's id: a silo started with it joins the fixture's cluster.</summary>
    public string ClusterId { get; } = "gateway-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>Holds a chosen grain call of the gateway after it answered, until the test releases it (inert until armed).</summary>
    public CallGate Gate { get; } = new();

    /// <summary>The address of the reverse proxy configured in <c>Gateway:KnownProxies</c>.</summary>
    public const string KnownProxy = "192.0.2.10";

    /// <summary>Public lookups allowed per client address per window in the tests.</summary>
    public const int PublicPermitLimit = 5;

    /// <summary>Anonymous reads (network, hall, public catalog) allowed per client address per window in the tests.</summary>
    public const int PublicReadPermitLimit = 30;

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        var clusterId = ClusterId;
        var silo = new Dictionary<string, string>
        {
            ["Network__Storage"] = "PostgreSql",
            ["ConnectionStrings__Network"] = Database.ConnectionString,
            ["Network__LoadDemoNetwork"] = "true",
        };
        ConfigureSilo(silo);
        _silo = SiloProcess.Start(clusterId, silo);
        await _silo.WaitForLineAsync("Demo network loaded", Startup);
        await StartMoreSilosAsync();

        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Network"] = Database.ConnectionString,
            ["Orleans:ClusterId"] = clusterId,
            ["Orleans:ServiceId"] = "convenience-network",
            ["Gateway:SeedDemoAccounts"] = "true",
            ["Gateway:DemoPassword"] = Demo.Password,
            ["Gateway:PublicLookup:PermitLimit"] = PublicPermitLimit.ToString(),
            ["Gateway:PublicLookup:WindowSeconds"] = "3600",
            ["Gateway:PublicRead:PermitLimit"] = PublicReadPermitLimit.ToString(),
            ["Gateway:PublicRead:WindowSeconds"] = "3600",
            // The public network list names the demo city's points (AnonymousFeedTests reads it).
            ["Gateway:Cities:0"] = Demo.City,
            ["Gateway:SignInPermitLimit"] = "100000",
            ["Gateway:RetryAfterSeconds"] = "7",
            // The one reverse proxy whose forwarded headers the gateway believes (ForwardedHeadersTests).
            ["Gateway:KnownProxies:0"] = KnownProxy,
            // Tests sign in many accounts: PBKDF2 at a low cost here (production: 600,000 iterations),
            // and tokens that outlive the run (As() caches one per account); the session tests' own
            // fixture (SessionFixture) runs the production lifetimes on a clock it moves.
            ["Gateway:PasswordIterations"] = "10000",
            ["Gateway:AccessTokenMinutes"] = "1440",
            ["Gateway:SessionAbsoluteHours"] = "720",
            // The intake line is written at Debug (off the hot path); the logging tests read it.
            ["Logging:LogLevel:Network.Gateway.Intake"] = "Debug",
        };
        ConfigureGateway(settings);
        _gateway = new GatewayFactory(settings, services =>
        {
            services.AddSingleton<Orleans.IOutgoingGrainCallFilter>(Gate);
            ConfigureGatewayServices(services);
        });
        _gateway.CreateClient().Dispose();
    }

    /// <summary>A fixture's further silos, started once the first has loaded the demo network and before the gateway.</summary>
    protected virtual Task StartMoreSilosAsync() => Task.CompletedTask;

    /// <summary>A fixture's own settings of the first silo (environment variables), over the common ones.</summary>
    protected virtual void ConfigureSilo(IDictionary<string, string> environment)
    {
    }

    /// <summary>A fixture's own gateway settings, over the common ones.</summary>
    protected virtual void ConfigureGateway(IDictionary<string, string?> settings)
    {
    }

    /// <summary>A fixture's own gateway services, added after the gateway's.</summary>
    protected virtual void ConfigureGatewayServices(Microsoft.Extensions.DependencyInjection.IServiceCollection services)
    {
    }

    public virtual async Task DisposeAsync()
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

    /// <summary>A client without sign-in, from <paramref name="clientIp"/>.</summary>
    public HttpClient Anonymous(string? clientIp = null)
    {
        var client = Gateway.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        if (clientIp is not null)
        {
            client.DefaultRequestHeaders.Add(GatewayFactory.ClientIpHeader, clientIp);
        }

        return client;
    }

    /// <summary>A client signed in as <paramref name="clerkId"/> with a bearer token (one token per account, cached).</summary>
    public async Task<HttpClient> As(string clerkId)
    {
        var token = await TokenOf(clerkId);
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A bearer access token of <paramref name="clerkId"/> (one per account, cached), e.g. for a hub connection.</summary>
    public Task<string> TokenOf(string clerkId) => _tokens.GetOrAdd(clerkId, TokenAsync);

    private async Task<string> TokenAsync(string clerkId)
    {
        using var client = Anonymous();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { clerkId, password = Demo.Password });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<TokenResponse>();
        return body!.AccessToken;
    }

    private sealed record TokenResponse(string AccessToken);
}
