using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Network.Grains.Interfaces.Matters;
using Network.ServiceDefaults.Tls;
using Orleans.Configuration;

namespace Network.Cluster.Tests;

/// <summary>
/// Finds the silo a matter's activation lives on, asking the cluster's management grain as one
/// more Orleans client (from the test's own namespace, over the bridge, like the gateways: silo
/// gateways from the membership table, mutual TLS with the test's certificate).
/// </summary>
public static class ActivationLocator
{
    /// <summary>The silo endpoint of <paramref name="receipt"/>'s activation, or null when it has none.</summary>
    public static async Task<IPEndPoint?> SiloOfMatterAsync(string connectionString, string clusterId, string serviceId, ClusterCredentials tls, string receipt)
    {
        using var host = new HostBuilder()
            .UseOrleansClient(client =>
            {
                client.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (clusterId, serviceId));
                client.UseAdoNetClustering(o =>
                {
                    o.Invariant = "Npgsql";
                    o.ConnectionString = connectionString;
                });
                client.UseClusterTls(tls);
            })
            .Build();
        await host.StartAsync();
        try
        {
            var grains = host.Services.GetRequiredService<IClusterClient>();
            var silo = await grains.GetGrain<IManagementGrain>(0).GetActivationAddress(grains.GetGrain<IMatterGrain>(receipt));
            return silo?.Endpoint;
        }
        finally
        {
            await host.StopAsync();
        }
    }
}
