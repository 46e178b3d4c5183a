using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Network.ServiceDefaults.Tls;

/// <summary>Writes, once at start, whether this process's Orleans connections use TLS and with which certificate.</summary>
public sealed class ClusterTlsStartLine(ILoggerFactory loggers, ClusterCredentials? credentials) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(ClusterTlsExtensions.LogCategory);
        if (credentials is null)
        {
            logger.LogWarning("Orleans TLS off (Orleans:Tls:Mode=Off, or no Orleans:Tls:CertificatePath): silos that require TLS refuse this process");
        }
        else
        {
            logger.LogInformation("Orleans TLS on (mutual, TLS 1.3): {Credentials}", credentials.Describe());
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
