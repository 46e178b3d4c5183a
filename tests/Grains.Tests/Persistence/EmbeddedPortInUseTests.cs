using System.Net;
using System.Net.Sockets;
using System.Runtime.Versioning;
using Network.Testing;

namespace Network.Grains.Tests.Persistence;

/// <summary>
/// A port taken by another program is an operator's problem with an operator's answer: the silo
/// says which port, that something else listens there and which setting changes it, in one line,
/// and exits without an unhandled exception.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class EmbeddedPortInUseTests
{
    [Fact]
    public async Task A_taken_embedded_port_stops_the_silo_with_one_line_naming_the_port_and_the_setting_that_changes_it()
    {
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var port = ((IPEndPoint)squatter.LocalEndpoint).Port;
        // A folder the server's user can reach (temporary subfolders are mode 700), so nothing is relocated.
        var folder = Directory.CreateTempSubdirectory("network-port-");
        File.SetUnixFileMode(folder.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        try
        {
            await using var silo = SiloProcess.Start("port-" + Guid.NewGuid().ToString("N")[..8], new Dictionary<string, string>
            {
                ["Network__Storage"] = "Embedded",
                ["Network__Embedded__Directory"] = Path.Combine(folder.FullName, "postgres"),
                ["Network__Embedded__Port"] = port.ToString(),
            });

            var exitCode = await silo.WaitForExitAsync(TimeSpan.FromSeconds(90));

            Assert.Equal(1, exitCode);
            var line = Assert.Single(silo.Output.Split('\n'), l => l.Contains("Cannot start:", StringComparison.Ordinal));
            Assert.Contains($"Port {port} on 127.0.0.1 is already in use: something else listens there", line, StringComparison.Ordinal);
            Assert.Contains("Network:Embedded:Port", line, StringComparison.Ordinal);
            Assert.Contains("EMBEDDED_PG_PORT", line, StringComparison.Ordinal);
            Assert.DoesNotContain("Unhandled exception", silo.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", silo.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("using /", silo.Output, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
