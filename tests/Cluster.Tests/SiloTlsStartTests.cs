using System.Net;
using Network.ServiceDefaults.Tls;
using Network.Testing;

namespace Network.Cluster.Tests;

/// <summary>
/// Issue 14: a silo that would be open to the network, or whose certificate its peers would refuse,
/// does not start; it says why in one line, before it touches any storage.
/// </summary>
public sealed class SiloTlsStartTests : IDisposable
{
    private static readonly TimeSpan Exit = TimeSpan.FromSeconds(90);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "network-tls-tests", "start-" + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>PostgreSQL storage at an address nobody listens on: a silo that got as far as its storage would say so instead.</summary>
    private static readonly Dictionary<string, string> Unreachable = new()
    {
        ["Network__Storage"] = "PostgreSql",
        ["ConnectionStrings__Network"] = "Host=127.0.0.1;Port=1;Username=postgres;Database=network;Timeout=2",
        ["Network__LoadDemoNetwork"] = "false",
    };

    [Fact]
    public async Task A_silo_that_listens_beyond_loopback_without_a_certificate_does_not_start()
    {
        var line = await CannotStartAsync(new Dictionary<string, string>(Unreachable) { ["Orleans__AdvertisedIP"] = "198.51.100.77" });

        Assert.Contains("The silo listens on 198.51.100.77 without TLS", line, StringComparison.Ordinal);
        Assert.Contains("Orleans:Tls:CertificatePath", line, StringComparison.Ordinal);
        Assert.Contains("Orleans:Tls:Mode=Off", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_silo_that_listens_on_every_address_without_a_certificate_does_not_start()
    {
        var line = await CannotStartAsync(new Dictionary<string, string>(Unreachable) { ["Orleans__ListenOnAnyHostAddress"] = "true" });

        Assert.Contains("The silo listens on every address of the machine", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_silo_that_requires_TLS_without_a_certificate_does_not_start_even_on_loopback()
    {
        var line = await CannotStartAsync(new Dictionary<string, string>(Unreachable) { ["Orleans__Tls__Mode"] = "Required" });

        Assert.Contains("Orleans:Tls:Mode is Required but no certificate is configured", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_silo_given_a_gateway_s_certificate_does_not_start_and_names_the_file()
    {
        using var certificates = TestCertificates.Create(_folder, [("g1", ClusterRole.Gateway, IPAddress.Loopback)], IPAddress.Loopback);
        var settings = new Dictionary<string, string>(Unreachable);
        foreach (var (key, value) in certificates.Settings("g1"))
        {
            settings[key] = value;
        }

        var line = await CannotStartAsync(settings);

        Assert.Contains($"The Orleans TLS certificate {certificates.PathsOf("g1").Certificate}", line, StringComparison.Ordinal);
        Assert.Contains("would be refused by the cluster's peers as a silo", line, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>Starts the silo, which must exit with 1 and one <c>Cannot start:</c> line, no stack trace; returns that line.</summary>
    private static async Task<string> CannotStartAsync(IReadOnlyDictionary<string, string> settings)
    {
        await using var silo = SiloProcess.Start("tls-start-" + Guid.NewGuid().ToString("N")[..8], settings);

        var exitCode = await silo.WaitForExitAsync(Exit);

        Assert.Equal(1, exitCode);
        Assert.DoesNotContain("Unhandled exception", silo.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("PostgreSQL", silo.Output, StringComparison.Ordinal);
        return Assert.Single(silo.Output.Split('\n'), l => l.Contains("Cannot start:", StringComparison.Ordinal));
    }
}
