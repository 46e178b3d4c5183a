using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Network;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using Orleans.Configuration;

namespace Network.Grains.Tests.Persistence;

/// <summary>
/// The real silo executable on PostgreSQL, as the run command starts it: it migrates the
/// database, joins the ADO.NET cluster, loads the demo network from its data file, and keeps
/// every matter across a restart of the process.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SiloProcessTests(PostgresFixture db)
{
    private static readonly TimeSpan Startup = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task The_silo_process_loads_the_demo_network_and_keeps_matters_across_a_restart()
    {
        var clusterId = "process-" + Guid.NewGuid().ToString("N")[..8];
        var settings = new Dictionary<string, string>
        {
            ["Network__Storage"] = "PostgreSql",
            ["ConnectionStrings__Network"] = db.ConnectionString,
            ["Network__LoadDemoNetwork"] = "true",
        };
        var demo = await NetworkFile.ReadAsync(RepoPaths.DemoNetwork);
        var township = demo.Points.First(p => p.Tier == Tier.Township && p.Items!.Any(i => i.Kind == MatterKind.Promised && i.DecidingTier == Tier.Township));
        var item = township.Items!.First(i => i.Kind == MatterKind.Promised && i.DecidingTier == Tier.Township);
        var window = township.Windows.First(w => w.Id == item.WindowId);
        var receipt = ReceiptNumber.New(DivisionCode.Parse(township.Code), new DateOnly(2026, 11, 30));
        MatterView accepted;

        await using (var silo = SiloProcess.Start(clusterId, settings))
        {
            await silo.WaitForLineAsync("Demo network loaded", Startup);
            Assert.Contains("PostgreSQL 127.0.0.1", silo.Output, StringComparison.Ordinal);

            using var client = await ConnectAsync(clusterId);
            var grains = client.Services.GetRequiredService<IClusterClient>();
            var profile = await grains.GetGrain<IServicePointGrain>(township.Code).GetProfile();
            Assert.Equal(township.Name, profile!.Name);
            Assert.Equal(township.Windows.Count, profile.Windows.Count);
            Assert.Equal(township.Items!.Count, (await grains.GetGrain<ICatalogGrain>(township.Code).List()).Count);

            accepted = await grains.GetGrain<IMatterGrain>(receipt).Accept(new IntakeRequest(
                township.Code, window.Id, new Actor(window.ClerkA.Id, ActorRole.WindowClerk, township.Code), item.Id, TestNetwork.Citizen, item.RequiredMaterials));
            Assert.Equal(MatterStatus.InProgress, accepted.Status);
            await client.StopAsync();
            await silo.StopAsync();
        }

        await using (var again = SiloProcess.Start(clusterId, settings))
        {
            await again.WaitForLineAsync("Demo network loaded", Startup);
            using var client = await ConnectAsync(clusterId);
            var matter = client.Services.GetRequiredService<IClusterClient>().GetGrain<IMatterGrain>(receipt);
            var reader = new Actor("m-" + township.Code[..6], ActorRole.CityMonitor, township.Code[..6]);
            var after = await matter.Get(reader);

            Assert.Equal((accepted.Status, accepted.Version, accepted.Slip!.DueDate), (after!.Status, after.Version, after.Slip!.DueDate));
            Assert.Equal(["Accepted"], (await matter.GetHistory(reader)).Select(h => h.Action));
            await client.StopAsync();
            await again.StopAsync();
        }
    }

    private async Task<IHost> ConnectAsync(string clusterId)
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
                o.ConnectionString = db.ConnectionString;
            });
        });
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
