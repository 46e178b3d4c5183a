using System.Diagnostics;

namespace Network.Bench.Measuring;

/// <summary>
/// A measured window's garbage-collector pauses, per process (the bench itself, and the silo and
/// gateway it started): started and stopped around a timed run like <see cref="ProcessCpu"/>.
/// </summary>
public sealed class GcWindow
{
    private readonly IReadOnlyDictionary<string, GcPauseRecorder> _processes;
    private readonly long _started = Stopwatch.GetTimestamp();

    private GcWindow(IReadOnlyDictionary<string, GcPauseRecorder> processes) => _processes = processes;

    public static GcWindow Start(IReadOnlyDictionary<string, GcPauseRecorder> processes) => new(processes);

    /// <summary>
    /// The pauses that ended since the start, per process. A pause is reported by its process a
    /// moment after it ended (the runtime's event dispatch, then a console line): this waits half a
    /// second for the last ones before it sums.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, GcSummary>> StopAsync()
    {
        var stopped = Stopwatch.GetTimestamp();
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        return _processes.ToDictionary(p => p.Key, p => p.Value.Between(_started, stopped));
    }
}
