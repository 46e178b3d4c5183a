using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Network.Testing;
using Orleans;
using Orleans.Runtime;

namespace Network.Gateway.Tests.Infrastructure;

/// <summary>
/// Two silo processes of one cluster on a throwaway PostgreSQL and the gateway in this process
/// (with the <see cref="GatewayFixture.Gate"/>): the tests kill (SIGKILL) the silo a matter lives
/// on and see what the gateway does with the call that was out there. The membership protocol
/// runs for real, on the real clock, so the request budget is long (<see cref="BudgetSeconds"/>):
/// only the retry rule decides the outcome, never the time it took on a busy machine.
/// </summary>
public sealed class SiloLossFixture : GatewayFixture
{
    public const int BudgetSeconds = 120;

    private static readonly TimeSpan Startup = TimeSpan.FromSeconds(120);
    private readonly List<SiloProcess> _more = [];
    private readonly HashSet<SiloProcess> _killed = [];

    /// <summary>The silos not killed.</summary>
    public IReadOnlyList<SiloProcess> Alive => new[] { Silo }.Concat(_more).Where(s => !_killed.Contains(s)).ToList();

    /// <summary>Starts silos until two are alive (each test kills one).</summary>
    public async Task EnsureTwoSilosAsync()
    {
        while (Alive.Count < 2)
        {
            await StartSiloAsync();
        }
    }

    /// <summary>The silo <paramref name="grain"/> is activated on (by the cluster's directory), or null.</summary>
    public async Task<SiloAddress?> HostOfAsync(IAddressable grain)
    {
        var client = Gateway.Services.GetRequiredService<IClusterClient>();
        return await client.GetGrain<IManagementGrain>(0).GetActivationAddress(grain);
    }

    /// <summary>kill -9 of the silo <paramref name="grain"/> is activated on; returns that silo's address.</summary>
    public async Task<SiloAddress> KillHostOfAsync(IAddressable grain)
    {
        var host = await HostOfAsync(grain) ?? throw new InvalidOperationException($"{grain} is not activated.");
        var silo = Alive.Single(s => s.SiloPort == host.Endpoint.Port);
        _killed.Add(silo);
        await silo.KillAsync();
        return host;
    }

    protected override Task StartMoreSilosAsync() => StartSiloAsync();

    protected override void ConfigureGateway(IDictionary<string, string?> settings) =>
        settings["Gateway:RequestBudgetSeconds"] = BudgetSeconds.ToString(CultureInfo.InvariantCulture);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var silo in _more)
        {
            await silo.DisposeAsync();
        }
    }

    private async Task StartSiloAsync()
    {
        var silo = SiloProcess.Start(ClusterId, new Dictionary<string, string>
        {
            ["Network__Storage"] = "PostgreSql",
            ["ConnectionStrings__Network"] = Database.ConnectionString,
            ["Network__LoadDemoNetwork"] = "false",
        });
        _more.Add(silo);
        await silo.WaitForLineAsync("Application started", Startup);
    }
}
