using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace Network.Bench.Hosting;

/// <summary>
/// A real process of this repository's build (the silo or the gateway), started with
/// environment settings; its console is kept (the last lines only, so a long run stays small)
/// and watched for readiness lines. Stopped with SIGTERM, killed if it does not exit.
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private const int KeptLines = 400;
    private readonly Process _process;
    private readonly Queue<string> _lines = new();
    private readonly List<(string Text, TaskCompletionSource Seen)> _waits = [];
    private readonly Action<string>? _echo;
    private int _disposed;

    private ChildProcess(Process process, Action<string>? echo)
    {
        _process = process;
        _echo = echo;
    }

    public int Id => _process.Id;

    public string Tail
    {
        get
        {
            lock (_lines)
            {
                return string.Join('\n', _lines);
            }
        }
    }

    /// <summary>The folder of a project's build output in this build's configuration.</summary>
    public static string BuiltDll(string projectFolder, string assembly)
    {
        var configuration = typeof(ChildProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var dll = Path.Combine(RepositoryRoot(), projectFolder, "bin", configuration, "net10.0", assembly + ".dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"{dll} is not built; build Network.sln in {configuration} first.");
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Network.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Network.sln was not found above " + AppContext.BaseDirectory);
    }

    /// <param name="echo">Given every console line of the process as it comes (e.g. its progress lines).</param>
    public static ChildProcess Start(string dll, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment, Action<string>? echo = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        start.ArgumentList.Add(dll);
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var child = new ChildProcess(process, echo);
        process.OutputDataReceived += (_, e) => child.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => child.OnLine(e.Data);
        process.Exited += (_, _) => child.FailWaits();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Completes when a console line containing <paramref name="text"/> appears; fails if the process exits first.</summary>
    public async Task WaitForLineAsync(string text, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lines)
        {
            if (_lines.Any(l => l.Contains(text, StringComparison.Ordinal)))
            {
                return;
            }

            _waits.Add((text, seen));
        }

        if (_process.HasExited)
        {
            FailWaits();
        }

        try
        {
            await seen.Task.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"'{text}' did not appear within {timeout}:\n{Tail}");
        }
    }

    /// <summary>The exit code, once the process has ended by itself; killed (and a <see cref="TimeoutException"/>) after <paramref name="timeout"/>.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            await _process.WaitForExitAsync(cancellationToken).WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The process did not end within {timeout}:\n{Tail}");
        }

        return _process.ExitCode;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        if (!_process.HasExited)
        {
            using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
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
                await _process.WaitForExitAsync();
            }
        }

        _process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        _echo?.Invoke(line);
        lock (_lines)
        {
            _lines.Enqueue(line);
            if (_lines.Count > KeptLines)
            {
                _lines.Dequeue();
            }

            foreach (var wait in _waits.Where(w => line.Contains(w.Text, StringComparison.Ordinal)).ToList())
            {
                wait.Seen.TrySetResult();
                _waits.Remove(wait);
            }
        }
    }

    private void FailWaits()
    {
        lock (_lines)
        {
            foreach (var wait in _waits)
            {
                wait.Seen.TrySetException(new InvalidOperationException($"The process exited before printing '{wait.Text}':\n{string.Join('\n', _lines)}"));
            }

            _waits.Clear();
        }
    }
}
