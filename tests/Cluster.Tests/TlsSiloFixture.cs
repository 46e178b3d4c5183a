using System.Net;
using Network.ServiceDefaults.Tls;
using Network.Testing;

namespace Network.Cluster.Tests;

/// <summary>
/// A throwaway PostgreSQL and one real silo process on loopback ports that requires mutual TLS
/// (<c>Orleans:Tls:Mode=Required</c>, its certificate of the fixture's own CA), clustered through
/// PostgreSQL as on several hosts. Shared by the tests of a class; its folder is removed at the end.
/// </summary>
public sealed class TlsSiloFixture : IAsyncLifetime
{
    private static readonly TimeSpan Startup = TimeSpan.FromSeconds(120);
    private TestCertificates? _certificates;
    private SiloProcess? _silo;

    public PostgresFixture Database { get; } = new();

    public string ClusterId { get; } = "tls-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>Where the fixture's certificates are; tests put their own (other CAs) in folders below it.</summary>
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "network-tls-tests", Guid.NewGuid().ToString("N")[..12]);

    public TestCertificates Certificates => _certificates ?? throw new InvalidOperationException("The fixture is not started.");

    public SiloProcess Silo => _silo ?? throw new InvalidOperationException("The fixture is not started.");

    /// <summary>The settings of a silo of this cluster on its PostgreSQL, with <paramref name="tls"/> over them.</summary>
    public Dictionary<string, string> SiloSettings(IReadOnlyDictionary<string, string> tls) => new(tls)
    {
        ["Network__Storage"] = "PostgreSql",
        ["ConnectionStrings__Network"] = Database.ConnectionString,
        ["Network__LoadDemoNetwork"] = "false",
    };

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        _certificates = TestCertificates.Create(Path.Combine(Folder, "cluster"), [("silo", ClusterRole.Silo, IPAddress.Loopback)], IPAddress.Loopback);
        _silo = SiloProcess.Start(ClusterId, SiloSettings(_certificates.Settings("silo")));
        await _silo.WaitForLineAsync("Application started", Startup);
    }

    public async Task DisposeAsync()
    {
        if (_silo is not null)
        {
            await _silo.StopAsync();
            await _silo.DisposeAsync();
        }

        await Database.DisposeAsync();
        _certificates?.Dispose();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
