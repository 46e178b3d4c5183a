using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Network.Testing.Namespaces;

namespace Network.Testing;

/// <summary>
/// A real silo process (the Silo project's own executable), for tests of what the run command
/// starts, on this machine's loopback or on a host of its own (a network namespace). Its console
/// lines are watched so tests wait on explicit signals, never on time.
/// </summary>
public sealed class SiloProcess : IAsyncDisposable
{
    /// <summary>The silo port on a host of its own (<c>Orleans:SiloPort</c>'s default).</summary>
    public const int DefaultSiloPort = 11111;

    /// <summary>The gateway port on a host of its own (<c>Orleans:GatewayPort</c>'s default).</summary>
    public const int DefaultGatewayPort = 30000;

    private readonly Process _process;
    private readonly List<string> _lines = [];
    private readonly List<(string Text, TaskCompletionSource Seen)> _waits = [];
    private bool _disposed;

    private SiloProcess(Process process) => _process = process;

    public int SiloPort { get; private init; }

    public int GatewayPort { get; private init; }

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
    /// Starts a silo on free loopback ports; or, on a <paramref name="host"/> of its own, with the
    /// host's address advertised (<c>Orleans__AdvertisedIP</c>) and the default ports, as on a machine
    /// of its own. <paramref name="settings"/> (environment variables) come last and win.
    /// </summary>
    public static SiloProcess Start(string clusterId, IReadOnlyDictionary<string, string> settings, NetworkHost? host = null)
    {
        var siloPort = host is null ? FreePort() : DefaultSiloPort;
        var gatewayPort = host is null ? FreePort() : DefaultGatewayPort;
        var start = host?.StartInfo("dotnet") ?? new ProcessStartInfo("dotnet");
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        start.WorkingDirectory = Path.GetDirectoryName(RepoPaths.SiloDll)!;
        start.ArgumentList.Add(RepoPaths.SiloDll);
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Orleans__ClusterId"] = clusterId;
        if (host is not null)
        {
            start.Environment["Orleans__AdvertisedIP"] = host.Address.ToString();
        }

        start.Environment["Orleans__SiloPort"] = siloPort.ToString();
        start.Environment["Orleans__GatewayPort"] = gatewayPort.ToString();
        start.Environment["Logging__Console__FormatterName"] = "simple";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var silo = new SiloProcess(process) { SiloPort = siloPort, GatewayPort = gatewayPort };
        process.OutputDataReceived += (_, e) => silo.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => silo.OnLine(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return silo;
    }

    /// <summary>Completes when a console line containing <paramref name="text"/> appears (or fails if the process exits first).</summary>
    public async Task WaitForLineAsync(string text, TimeSpan timeout)
    {
        try
        {
            await WaitForLineCoreAsync(text, timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The silo did not print '{text}' within {timeout}:\n{Output}");
        }
    }

    private Task WaitForLineCoreAsync(string text, TimeSpan timeout)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lines)
        {
            if (_lines.Any(l => l.Contains(text, StringComparison.Ordinal)))
            {
                return Task.CompletedTask;
            }

            _waits.Add((text, seen));
        }

        _process.Exited += (_, _) => seen.TrySetException(new InvalidOperationException($"The silo exited before printing '{text}':\n{Output}"));
        return seen.Task.WaitAsync(timeout);
    }

    /// <summary>
    /// Stops the silo the way an operator does (SIGTERM): it leaves the cluster cleanly, so the
    /// next silo does not wait for the membership protocol to declare it dead.
    /// </summary>
    public async Task StopAsync()
    {
        if (_process.HasExited)
        {
            return;
        }

        using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString()]))
        {
            await term.WaitForExitAsync();
        }

        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
    }

    /// <summary>
    /// kill -9 (SIGKILL, Process.Kill on Linux): no goodbye, so the cluster has to notice and
    /// declare the silo dead. Its output stays readable.
    /// </summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    /// <summary>Waits for the silo to exit by itself (all its output read) and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        await _process.WaitForExitAsync().WaitAsync(timeout);
        return _process.ExitCode;
    }

    /// <summary>Kills the silo (SIGKILL, as kill -9: no goodbye to the cluster); a second call does nothing.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lines)
        {
            _lines.Add(line);
            foreach (var wait in _waits.Where(w => line.Contains(w.Text, StringComparison.Ordinal)).ToList())
            {
                wait.Seen.TrySetResult();
                _waits.Remove(wait);
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
