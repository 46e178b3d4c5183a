using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Network.Testing;

namespace Network.Gateway.Tests;

/// <summary>
/// A gateway address another program already listens on is one line for the operator (which
/// address, that something else listens there, which setting changes it) and exit code 1, not
/// the host's stack trace.
/// </summary>
public sealed class GatewayPortInUseTests
{
    [Fact]
    public async Task A_taken_gateway_port_stops_the_gateway_with_one_line_naming_the_address_and_the_setting_that_changes_it()
    {
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)squatter.LocalEndpoint).Port}";
        var dll = Path.Combine(RepoPaths.Root, "Gateway.Web", "bin", RepoPaths.Configuration, "net10.0", "Network.Gateway.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(url);
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        // Never reached: the address is checked before anything connects.
        start.Environment["ConnectionStrings__Network"] = "Host=127.0.0.1;Port=1;Username=postgres;Database=network";

        using var gateway = Process.Start(start)!;
        try
        {
            var stdout = gateway.StandardOutput.ReadToEndAsync();
            var stderr = gateway.StandardError.ReadToEndAsync();
            await gateway.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
            var output = await stdout + await stderr;

            Assert.Equal(1, gateway.ExitCode);
            var line = Assert.Single(output.Split('\n'), l => l.Contains("Cannot start:", StringComparison.Ordinal));
            Assert.Contains($"{url} is already in use: something else listens on port", line, StringComparison.Ordinal);
            Assert.Contains("GATEWAY_URL", line, StringComparison.Ordinal);
            Assert.Contains("--urls", line, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        }
        finally
        {
            if (!gateway.HasExited)
            {
                gateway.Kill(entireProcessTree: true);
            }
        }
    }
}
