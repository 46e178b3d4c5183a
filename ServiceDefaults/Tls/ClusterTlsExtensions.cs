using System.Security.Authentication;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Configuration;
using Orleans.Connections.Security;
using Orleans.Hosting;

namespace Network.ServiceDefaults.Tls;

/// <summary>
/// Mutual TLS 1.3 on every Orleans connection (<c>Microsoft.Orleans.Connections.Security</c>): each
/// end presents its certificate and accepts the other's only when <see cref="ClusterPeerValidator"/>
/// does. On a silo's silo port and on every connection a silo or gateway opens, the peer must be a
/// silo; on a silo's gateway port, a silo or a gateway. No certificate, another CA's, an expired one,
/// or a gateway's where a silo's is needed: the handshake fails and nothing is read from the peer.
/// </summary>
public static class ClusterTlsExtensions
{
    /// <summary>The logger category of TLS refusals and the start-up line.</summary>
    public const string LogCategory = "Network.ClusterTls";

    public static ISiloBuilder UseClusterTls(this ISiloBuilder silo, ClusterCredentials credentials)
    {
        if (credentials.Role != ClusterRole.Silo)
        {
            throw new ArgumentException("A silo needs a silo's certificate.", nameof(credentials));
        }

        silo.Configure<SiloConnectionOptions>(o =>
        {
            o.ConfigureSiloInboundConnection(c => c.UseServerTls(Options(c, credentials, ClusterRole.Silo, "silo port")));
            o.ConfigureGatewayInboundConnection(c => c.UseServerTls(Options(c, credentials, ClusterRole.Gateway, "gateway port")));
            o.ConfigureSiloOutboundConnection(c => c.UseClientTls(Options(c, credentials, ClusterRole.Silo, "connection to another silo")));
        });
        return silo;
    }

    public static IClientBuilder UseClusterTls(this IClientBuilder client, ClusterCredentials credentials)
    {
        client.Configure<ClientConnectionOptions>(o =>
            o.ConfigureConnection(c => c.UseClientTls(Options(c, credentials, ClusterRole.Silo, "connection to a silo's gateway port"))));
        return client;
    }

    /// <param name="peerRole">What the other end must be: a silo, or (on the gateway port) at least a gateway.</param>
    private static TlsOptions Options(IConnectionBuilder connection, ClusterCredentials credentials, ClusterRole peerRole, string where)
    {
        var services = connection.ApplicationServices;
        var validator = new ClusterPeerValidator(
            credentials.Authorities,
            services.GetService<TimeProvider>() ?? TimeProvider.System,
            services.GetRequiredService<ILoggerFactory>().CreateLogger(LogCategory));
        return new TlsOptions
        {
            LocalCertificate = credentials.Certificate,
            RemoteCertificateMode = RemoteCertificateMode.RequireCertificate,
            ClientCertificateMode = RemoteCertificateMode.RequireCertificate,
            // The callback decides alone (the machine's store knows nothing of the cluster's CA).
            RemoteCertificateValidation = (certificate, chain, _) => validator.Accepts(certificate, chain, peerRole, where),
            SslProtocols = SslProtocols.Tls13,
            CheckCertificateRevocation = false,
        };
    }
}
