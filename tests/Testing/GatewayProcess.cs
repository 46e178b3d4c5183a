using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Network.Testing.Namespaces;

namespace Network.Testing;

/// <summary>
/// A real gateway process (the Gateway.Web executable) on a free loopback port, or on a host of its
/// own (a network namespace), an Orleans client of a silo cluster on the given PostgreSQL. Ready
/// once /health/ready answers 200.
/// </summary>
public sealed class GatewayProcess : IAsyncDisposable
{
    /// <summary>The HTTP port on a host of its own (the run command's).</summary>
    public const int DefaultPort = 5080;

    private readonly Process _process;
    private readonly List<string> _lines = [];
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private GatewayProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public string Output
    {
        get
        {
            lock (_lines)
            {
                return string.Join('\n', _lines);
            }
        }
    }

    /// <summary>
    /// Starts a gateway on a free loopback port; or, on a <paramref name="host"/> of its own, on the
    /// host's address and <see cref="DefaultPort"/>. <paramref name="settings"/> (environment variables) come last and win.
    /// </summary>
    public static async Task<GatewayProcess> StartAsync(string clusterId, string connectionString, IReadOnlyDictionary<string, string>? settings = null, NetworkHost? host = null)
    {
        var address = host is null ? new Uri($"http://127.0.0.1:{FreePort()}") : new Uri($"http://{host.Address}:{DefaultPort}");
        var dll = Path.Combine(RepoPaths.Root, "Gateway.Web", "bin", RepoPaths.Configuration, "net10.0", "Network.Gateway.dll");
        var start = host?.StartInfo("dotnet") ?? new ProcessStartInfo("dotnet");
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        start.WorkingDirectory = Path.GetDirectoryName(dll)!;
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString());
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Network"] = connectionString;
        start.Environment["Orleans__ClusterId"] = clusterId;
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start };
        var gateway = new GatewayProcess(process, address);
        process.OutputDataReceived += (_, e) => gateway.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => gateway.OnLine(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await gateway.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
        }
        catch
        {
            // Not ready: the caller gets no handle to stop it with, so it is stopped here.
            await gateway.DisposeAsync();
            throw;
        }

        return gateway;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString()]))
            {
                await term.WaitForExitAsync();
            }

            try
            {
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            }
            catch (TimeoutException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
    }

    /// <summary>
    /// Waits for ASP.NET Core's "Now listening on" line (the Orleans client has connected by then:
    /// hosted services start before the server), then requires /health/ready to answer 200.
    /// </summary>
    private async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        try
        {
            await Task.WhenAny(_listening.Task, _process.WaitForExitAsync()).Unwrap().WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The gateway was not listening within {timeout}:\n{Output}");
        }

        if (_process.HasExited)
        {
            throw new InvalidOperationException($"The gateway exited:\n{Output}");
        }

        using var http = new HttpClient { BaseAddress = Address };
        using var response = await http.GetAsync("/health/ready");
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The gateway is listening but not ready ({(int)response.StatusCode}):\n{Output}");
        }
    }

    private void OnLine(string? line)
    {
        if (line is not null)
        {
            lock (_lines)
            {
                _lines.Add(line);
            }

            if (line.Contains("Now listening on", StringComparison.Ordinal))
            {
                _listening.TrySetResult();
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
