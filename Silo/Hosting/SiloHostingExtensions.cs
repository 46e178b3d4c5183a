using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Network.Grains.Hosting;
using Network.ServiceDefaults;
using Network.ServiceDefaults.Tls;
using Npgsql;
using Orleans.Configuration;

namespace Network.Silo.Hosting;

/// <summary>Configures the Orleans silo from configuration, the resolved storage and its TLS identity (<see cref="SiloTls"/>).</summary>
public static class SiloHostingExtensions
{
    /// <param name="tls">The silo's certificate and the cluster's CA: mutual TLS on every connection; null for none.</param>
    public static IHostApplicationBuilder AddNetworkSilo(this IHostApplicationBuilder builder, ResolvedStorage storage, ClusterCredentials? tls)
    {
        var orleans = builder.Configuration.GetSection("Orleans");
        var siloPort = orleans.GetValue("SiloPort", 11111);
        var gatewayPort = orleans.GetValue("GatewayPort", 30000);
        // The address other silos and the gateways reach this silo at (its row in the membership
        // table): on several machines, each silo's own address on their common network. The silo
        // listens on that address only, unless ListenOnAnyHostAddress (behind NAT or in a container,
        // where the advertised address is not one of the silo's own interfaces).
        var advertised = IPAddress.Parse(orleans["AdvertisedIP"] ?? "127.0.0.1");
        var listenOnAny = orleans.GetValue("ListenOnAnyHostAddress", false);

        builder.UseOrleans(silo =>
        {
            var identity = OrleansIdentity.From(builder.Configuration);
            silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (identity.ClusterId, identity.ServiceId));
            silo.ConfigureEndpoints(advertised, siloPort, gatewayPort, listenOnAny);
            silo.AddActivityPropagation();
            if (tls is not null)
            {
                silo.UseClusterTls(tls);
            }

            MembershipSettings.Configure(silo.Services, builder.Configuration);

            if (storage.ConnectionString is { } connectionString)
            {
                // Membership, grain state and reminders all live in PostgreSQL, so silos on
                // several machines (or ports) that share the database form one cluster.
                silo.UseAdoNetClustering(o =>
                {
                    o.Invariant = "Npgsql";
                    o.ConnectionString = connectionString;
                });
                silo.AddNetworkStorage(connectionString);
            }
            else
            {
                silo.UseLocalhostClustering(siloPort, gatewayPort);
                silo.AddNetworkStorageInMemory();
            }
        });

        if (storage.ConnectionString is not null)
        {
            // The silo has no HTTP endpoint: its health (PostgreSQL reachable) goes to the log on each change.
            builder.Services.AddHealthChecks().AddPostgresCheck(sp => sp.GetRequiredService<NpgsqlDataSource>());
            builder.Services.AddSingleton<Microsoft.Extensions.Diagnostics.HealthChecks.IHealthCheckPublisher, HealthLogPublisher>();
        }

        return builder;
    }
}
