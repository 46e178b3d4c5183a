using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Network.ServiceDefaults.Tls;

namespace Network.Silo.Hosting;

/// <summary>
/// Settles the silo's Orleans TLS before anything starts (<c>Orleans:Tls</c>, see <see cref="ClusterTlsMode"/>):
/// the configured certificate; or, on the embedded run, the CA and certificates it makes in
/// <c>Orleans:Tls:Directory</c> (default <c>tls</c> beside <c>Network:Embedded:Directory</c>, so
/// <c>.data/tls</c>); or none, which a silo accepts only with <c>Mode=Off</c> or when it listens on
/// loopback alone. What it cannot settle is a <see cref="ClusterTlsException"/> for the operator.
/// </summary>
public static class SiloTls
{
    /// <summary>The start-up line that names the embedded run's certificate folder (scripts/run.sh reads it).</summary>
    public const string FolderLine = "Orleans TLS certificates folder (CA, silo, gateway; mode 700): ";

    /// <returns>The silo's TLS identity, or null for a silo without TLS.</returns>
    public static ClusterCredentials? Resolve(IConfiguration configuration, string workingDirectory, ILogger logger, TimeProvider time)
    {
        var settings = ClusterTlsSettings.Read(configuration);
        var orleans = configuration.GetSection("Orleans");
        var advertised = IPAddress.TryParse(orleans["AdvertisedIP"] ?? "127.0.0.1", out var ip) ? ip : IPAddress.Loopback;
        var listenOnAny = orleans.GetValue("ListenOnAnyHostAddress", false);
        var listens = listenOnAny ? $"every address of the machine (advertised {advertised})" : advertised.ToString();
        var beyondLoopback = listenOnAny || !IPAddress.IsLoopback(advertised);

        if (settings.Mode == ClusterTlsMode.Off)
        {
            if (beyondLoopback)
            {
                logger.LogWarning(
                    "Orleans TLS is OFF (Orleans:Tls:Mode=Off) and the silo listens on {Listens}: whoever reaches its silo and gateway ports can call any grain as anyone",
                    listens);
            }
            else
            {
                logger.LogInformation("Orleans TLS off (Orleans:Tls:Mode=Off); the silo listens on {Listens} only", listens);
            }

            return null;
        }

        ClusterCredentials? credentials = null;
        if (settings.HasCertificate)
        {
            credentials = settings.Load(ClusterRole.Silo, workingDirectory, time);
        }
        else if (configuration.GetValue("Network:Storage", StorageMode.Embedded) == StorageMode.Embedded)
        {
            credentials = EmbeddedRun(configuration, settings, workingDirectory, advertised, logger, time);
        }

        if (credentials is not null)
        {
            logger.LogInformation("Orleans TLS on (mutual, TLS 1.3): {Credentials}", credentials.Describe());
            return credentials;
        }

        if (settings.Mode == ClusterTlsMode.Required)
        {
            throw new ClusterTlsException(
                "Orleans:Tls:Mode is Required but no certificate is configured: set Orleans:Tls:CertificatePath, Orleans:Tls:KeyPath and Orleans:Tls:CaCertificatePath (README, 'TLS').");
        }

        if (beyondLoopback)
        {
            throw new ClusterTlsException(
                $"The silo listens on {listens} without TLS: whoever reaches its ports could call any grain. "
                + "Give it a certificate of the cluster's CA (Orleans:Tls:CertificatePath, Orleans:Tls:KeyPath, Orleans:Tls:CaCertificatePath; README, 'TLS'), "
                + "or set Orleans:Tls:Mode=Off on a network that is secured otherwise.");
        }

        logger.LogInformation("Orleans TLS off: no certificate configured (Orleans:Tls:CertificatePath) and the silo listens on {Listens} only", listens);
        return null;
    }

    private static ClusterCredentials EmbeddedRun(
        IConfiguration configuration, ClusterTlsSettings settings, string workingDirectory, IPAddress advertised, ILogger logger, TimeProvider time)
    {
        var postgres = Path.GetFullPath(configuration["Network:Embedded:Directory"] ?? ".data/postgres", workingDirectory);
        var directory = settings.Directory is { } configured
            ? Path.GetFullPath(configured, workingDirectory)
            : Path.Combine(Path.GetDirectoryName(postgres.TrimEnd(Path.DirectorySeparatorChar)) ?? workingDirectory, "tls");
        var addresses = LocalClusterCertificates.HostAddresses().Append(advertised).Distinct().ToList();
        LocalClusterCertificates.Outcome outcome;
        try
        {
            outcome = LocalClusterCertificates.Ensure(directory, addresses, LocalClusterCertificates.HostNames(), time);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ClusterTlsException(
                $"Cannot keep the Orleans TLS certificates in {directory}: {e.Message} Choose another folder with Orleans:Tls:Directory.", e);
        }

        logger.LogInformation(FolderLine + "{Folder}", outcome.Directory);
        if (outcome.Made.Count > 0)
        {
            logger.LogInformation("Orleans TLS: made {Files}", string.Join(", ", outcome.Made.Select(Path.GetFileName)));
        }

        return ClusterCredentials.Load(ClusterRole.Silo, outcome.Silo, null, time);
    }
}
