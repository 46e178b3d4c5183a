using System.Diagnostics;
using Network.ServiceDefaults;

namespace Network.Bench.Measuring;

/// <summary>
/// Every garbage-collector pause of one process, as it comes: the bench's own (from its
/// <see cref="GcPauses"/> listener, <see cref="Own"/>) or a child process's (the silo's or the
/// gateway's, from the lines its <see cref="GcPauseLog"/> writes, <see cref="OnLine"/>).
/// <see cref="Between"/> sums the pauses that ended in a measured window.
/// </summary>
public sealed class GcPauseRecorder
{
    private static readonly Lazy<(GcPauses Listener, GcPauseRecorder Recorder)> OwnProcess = new(() =>
    {
        var recorder = new GcPauseRecorder();
        var listener = new GcPauses();
        listener.Paused += recorder.Add;
        return (listener, recorder);
    });

    private readonly List<GcPause> _pauses = [];

    /// <summary>This process's pauses, from the first use on.</summary>
    public static GcPauseRecorder Own => OwnProcess.Value.Recorder;

    public void Add(GcPause pause)
    {
        lock (_pauses)
        {
            _pauses.Add(pause);
        }
    }

    /// <summary>A child process's console line: kept if it is a pause's.</summary>
    public void OnLine(string line)
    {
        if (line.Contains(GcPause.Marker, StringComparison.Ordinal) && GcPause.TryParse(line, out var pause))
        {
            Add(pause);
        }
    }

    /// <summary>Whether a blocking collection of generation <paramref name="generation"/> or older ended after a <see cref="Stopwatch"/> time stamp.</summary>
    public bool CollectedSince(long since, int generation)
    {
        lock (_pauses)
        {
            return _pauses.Any(p => p.EndedTicks >= since && !p.Background && p.Generation >= generation);
        }
    }

    /// <summary>The pauses that ended between two <see cref="Stopwatch"/> time stamps.</summary>
    public GcSummary Between(long from, long to)
    {
        lock (_pauses)
        {
            return GcSummary.Of(_pauses.Where(p => p.EndedTicks >= from && p.EndedTicks < to).ToList(), Ticks.Ms(to - from) / 1000);
        }
    }
}
