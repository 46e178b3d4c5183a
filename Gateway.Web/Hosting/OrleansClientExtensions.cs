using System.Net;
using Network.ServiceDefaults;
using Network.ServiceDefaults.Tls;
using Orleans.Configuration;

namespace Network.Gateway.Hosting;

/// <summary>
/// The gateway is an Orleans client. With <c>Gateway:Clustering</c> = AdoNet (the default) it
/// finds the silos' gateways in the PostgreSQL membership table, like any further gateway would;
/// with Static it uses the endpoints listed in <c>Gateway:SiloGateways</c> ("host:port").
/// The cluster's identity (<c>Orleans:ClusterId</c>, <c>Orleans:ServiceId</c>) is read as the silos
/// read it (<see cref="OrleansIdentity"/>). (<c>Orleans:Clustering</c> is left alone: Orleans reads that section itself.)
/// A lost silo is noticed from the connections to the silos' gateways closing and, with AdoNet, from
/// the membership table (<see cref="RequestBudgetSiloLoss"/>); the gateway list is read every
/// <c>Gateway:GatewayListRefreshSeconds</c>.
/// With a certificate in <c>Orleans:Tls</c> (<see cref="ClusterTlsSettings"/>) every connection to a
/// silo is mutual TLS: the gateway shows its certificate of the cluster's CA and accepts only a
/// silo's of that CA. Without one (<c>Orleans:Tls:Mode</c> Auto, the default) it connects without TLS,
/// which only a silo on loopback or one with <c>Mode=Off</c> accepts; with <c>Mode=Required</c> it
/// refuses to start.
/// </summary>
public static class OrleansClientExtensions
{
    public static WebApplicationBuilder AddNetworkOrleansClient(this WebApplicationBuilder builder)
    {
        var identity = OrleansIdentity.From(builder.Configuration);
        var connectionString = builder.Configuration.GetConnectionString("Network");
        var settings = GatewayOptions.Read(builder.Configuration);
        var clustering = settings.Clustering;
        var timeout = TimeSpan.FromSeconds(settings.GrainCallTimeoutSeconds);
        var connectAttempts = settings.ConnectAttempts;
        var tls = Tls(builder.Configuration);

        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<RequestBudgetSiloLoss>();
        builder.Services.AddHostedService(sp => new ClusterTlsStartLine(sp.GetRequiredService<ILoggerFactory>(), tls));
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = identity.ClusterId;
                o.ServiceId = identity.ServiceId;
            });
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = timeout);
            client.Configure<Orleans.Configuration.GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(settings.GatewayListRefreshSeconds));

            // Each request's deadline bounds its grain calls and travels with them, and a call safe
            // to repeat is sent again when a silo was lost under it (see the filter). Registered
            // before the activity propagation, so that each attempt it sends is one span.
            client.AddOutgoingGrainCallFilter<RequestBudgetCallFilter>();
            client.AddActivityPropagation();
            client.AddClusterConnectionStatusObserver<RequestBudgetGatewayObserver>();
            if (tls is not null)
            {
                client.UseClusterTls(tls);
            }

            if (string.Equals(clustering, "Static", StringComparison.OrdinalIgnoreCase))
            {
                client.UseStaticClustering(settings.SiloGateways.Select(IPEndPoint.Parse).ToArray());
            }
            else
            {
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException("Gateway:Clustering is AdoNet but ConnectionStrings:Network is empty.");
                }

                client.UseAdoNetClustering(o =>
                {
                    o.Invariant = "Npgsql";
                    o.ConnectionString = connectionString;
                });
                builder.Services.AddHostedService<RequestBudgetSiloDeathWatch>();
            }

            // The gateway may start before the silo is up: keep trying for a while.
            var attempts = 0;
            client.UseConnectionRetryFilter(async (_, cancellationToken) =>
            {
                if (++attempts > connectAttempts)
                {
                    return false;
                }

                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
                return true;
            });
        });
        return builder;
    }

    /// <summary>The gateway's TLS identity, or null for none (Mode Off, or Auto without a certificate).</summary>
    private static ClusterCredentials? Tls(IConfiguration configuration)
    {
        var settings = ClusterTlsSettings.Read(configuration);
        if (settings.Mode == ClusterTlsMode.Off || (settings.Mode == ClusterTlsMode.Auto && !settings.HasCertificate))
        {
            return null;
        }

        if (!settings.HasCertificate)
        {
            throw new ClusterTlsException(
                "Orleans:Tls:Mode is Required but no certificate is configured: set Orleans:Tls:CertificatePath, Orleans:Tls:KeyPath and Orleans:Tls:CaCertificatePath (README, 'TLS').");
        }

        return settings.Load(ClusterRole.Gateway, Environment.CurrentDirectory, TimeProvider.System);
    }
}
