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

    /// <summary>
    /// Whether what was alive at <paramref name="since"/> has since reached gen 2 (or died): a
    /// blocking collection since then, and after it one of gen 1 or older. The first collection
    /// moves what survives it from gen 0 to gen 1 (or gen 2, if it was one), the next of gen 1 or
    /// older on to gen 2; after that, gen-0 and gen-1 collections no longer copy it.
    /// </summary>
    public bool PromotedSince(long since)
    {
        lock (_pauses)
        {
            var blocking = _pauses.Where(p => p.EndedTicks >= since && !p.Background).ToList();
            return blocking.Count > 0 && (blocking[0].Generation == 2 || blocking.Skip(1).Any(p => p.Generation >= 1));
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
