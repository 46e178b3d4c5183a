using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Network.Grains.Interfaces.Network;
using Network.Grains.Network;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using Orleans.Configuration;

namespace Network.Grains.Tests.Persistence;

/// <summary>
/// The demo network is loaded only when the silo is told to (<c>Network:LoadDemoNetwork</c>, the
/// run command's demo mode), and a start with it on defines only what is not there yet.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class DemoNetworkSwitchTests(PostgresFixture db)
{
    private static readonly TimeSpan Startup = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_silo_without_configuration_loads_no_demo_network_and_a_demo_start_keeps_what_is_already_defined()
    {
        var connectionString = await db.CreateDatabaseAsync();
        var demo = await NetworkFile.ReadAsync(RepoPaths.DemoNetwork);
        var city = demo.Points.Single(p => p.Tier == Tier.City);
        var clusterId = "demo-switch-" + Guid.NewGuid().ToString("N")[..8];
        var plain = new Dictionary<string, string>
        {
            ["Network__Storage"] = "PostgreSql",
            ["ConnectionStrings__Network"] = connectionString,
        };

        await using (var silo = SiloProcess.Start(clusterId, plain))
        {
            await silo.WaitForLineAsync("No demo network", Startup);
            using var client = await ConnectAsync(clusterId, connectionString);
            var grains = client.Services.GetRequiredService<IClusterClient>();
            Assert.Null(await grains.GetGrain<IServicePointGrain>(city.Code).GetProfile());
            Assert.DoesNotContain("Demo network loaded", silo.Output, StringComparison.Ordinal);
            await client.StopAsync();
            await silo.StopAsync();
        }

        var withDemo = new Dictionary<string, string>(plain) { ["Network__LoadDemoNetwork"] = "true" };
        await using (var silo = SiloProcess.Start(clusterId, withDemo))
        {
            await silo.WaitForLineAsync("Demo network loaded", Startup);
            Assert.Contains($"{demo.Points.Count} defined now, 0 already defined", silo.Output, StringComparison.Ordinal);
            using var client = await ConnectAsync(clusterId, connectionString);
            var grains = client.Services.GetRequiredService<IClusterClient>();
            var profile = await grains.GetGrain<IServicePointGrain>(city.Code).GetProfile();
            Assert.Equal(city.Name, profile!.Name);

            // An administrator renames the city center after the demo was loaded.
            await grains.GetGrain<IServicePointGrain>(city.Code).Define(
                new ServicePointDefinition("改名后的市政务服务中心", profile.Windows, profile.ProxyAgents) { Directors = profile.Directors });
            await client.StopAsync();
            await silo.StopAsync();
        }

        await using (var silo = SiloProcess.Start(clusterId, withDemo))
        {
            await silo.WaitForLineAsync("Demo network loaded", Startup);
            Assert.Contains($"0 defined now, {demo.Points.Count} already defined", silo.Output, StringComparison.Ordinal);
            using var client = await ConnectAsync(clusterId, connectionString);
            var grains = client.Services.GetRequiredService<IClusterClient>();
            Assert.Equal("改名后的市政务服务中心", (await grains.GetGrain<IServicePointGrain>(city.Code).GetProfile())!.Name);
            await client.StopAsync();
            await silo.StopAsync();
        }
    }

    private static async Task<IHost> ConnectAsync(string clusterId, string connectionString)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = clusterId;
                o.ServiceId = "convenience-network";
            });
            client.UseAdoNetClustering(o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = connectionString;
            });
        });
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
