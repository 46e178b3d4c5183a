using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Network.ServiceDefaults;

/// <summary>
/// Writes one log line per pause of this process's garbage collector (<see cref="GcPause"/>'s line)
/// while the host runs, when <see cref="Setting"/> is true (off by default). For measuring: the bench
/// turns it on for the silo and gateway it starts and reads the lines back, so each measured window
/// gets every process's collections by generation, total and longest pause.
/// </summary>
public sealed partial class GcPauseLog(ILogger<GcPauseLog> logger) : IHostedService, IDisposable
{
    /// <summary>The configuration switch (environment: <c>Network__GcPauseLog=true</c>).</summary>
    public const string Setting = "Network:GcPauseLog";

    private GcPauses? _pauses;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _pauses = new GcPauses();
        _pauses.Paused += p => Write(logger, p.ToString());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _pauses?.Dispose();
        _pauses = null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Pause}")]
    private static partial void Write(ILogger logger, string pause);
}
