using System.Diagnostics;
using System.Globalization;

namespace Network.Bench.Measuring;

/// <summary>
/// CPU of named child processes (the silo, the gateway) between <see cref="Start"/> and
/// <see cref="Stop"/>, in cores, from /proc/{pid}/stat (user + system ticks, USER_HZ 100).
/// </summary>
public sealed class ProcessCpu
{
    private readonly IReadOnlyDictionary<string, int> _pids;
    private readonly Dictionary<string, long> _start;
    private readonly long _started = Stopwatch.GetTimestamp();

    private ProcessCpu(IReadOnlyDictionary<string, int> pids)
    {
        _pids = pids;
        _start = pids.ToDictionary(p => p.Key, p => Ticks(p.Value));
    }

    public static ProcessCpu Start(IReadOnlyDictionary<string, int> pids) => new(pids);

    /// <summary>Cores each process used on average since the start.</summary>
    public IReadOnlyDictionary<string, double> Stop()
    {
        var seconds = Math.Max(Stopwatch.GetElapsedTime(_started).TotalSeconds, 1e-3);
        return _pids.ToDictionary(p => p.Key, p => Math.Round((Ticks(p.Value) - _start[p.Key]) / 100.0 / seconds, 3));
    }

    private static long Ticks(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentOutOfRangeException)
        {
            return 0;
        }
    }
}
