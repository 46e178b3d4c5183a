using System.Diagnostics;
using System.Globalization;

namespace Network.Bench.Measuring;

/// <summary>
/// CPU of named child processes (the silo, the gateway) between <see cref="Start"/> and
/// <see cref="Stop"/>, in cores, from /proc/{pid}/stat (user + system ticks, USER_HZ 100); and, as
/// "{name}.jit", the part of it the runtime's tiered-compilation thread took (a process started for
/// the run is still compiling its hot methods again, optimised, for a minute or more). That thread
/// comes and goes: one that ended between start and stop is not counted, so ".jit" is a floor.
/// </summary>
public sealed class ProcessCpu
{
    private readonly IReadOnlyDictionary<string, int> _pids;
    private const string JitThread = ".NET Tiered Com";
    private readonly Dictionary<string, long> _start;
    private readonly Dictionary<string, Dictionary<int, long>> _jitStart;
    private readonly long _started = Stopwatch.GetTimestamp();

    private ProcessCpu(IReadOnlyDictionary<string, int> pids)
    {
        _pids = pids;
        _start = pids.ToDictionary(p => p.Key, p => Ticks(p.Value));
        _jitStart = pids.ToDictionary(p => p.Key, p => JitThreads(p.Value));
    }

    public static ProcessCpu Start(IReadOnlyDictionary<string, int> pids) => new(pids);

    /// <summary>Cores each process used on average since the start.</summary>
    public IReadOnlyDictionary<string, double> Stop()
    {
        var seconds = Math.Max(Stopwatch.GetElapsedTime(_started).TotalSeconds, 1e-3);
        var cores = _pids.ToDictionary(p => p.Key, p => Math.Round((Ticks(p.Value) - _start[p.Key]) / 100.0 / seconds, 3));
        foreach (var (name, pid) in _pids)
        {
            var before = _jitStart[name];
            var jit = JitThreads(pid).Sum(t => t.Value - before.GetValueOrDefault(t.Key));
            cores[name + ".jit"] = Math.Round(jit / 100.0 / seconds, 3);
        }

        return cores;
    }

    /// <summary>The ticks of each tiered-compilation thread of the process now, by thread id.</summary>
    private static Dictionary<int, long> JitThreads(int pid)
    {
        var threads = new Dictionary<int, long>();
        try
        {
            foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
            {
                if (File.ReadAllText(Path.Combine(task, "comm")).StartsWith(JitThread, StringComparison.Ordinal)
                    && int.TryParse(Path.GetFileName(task), CultureInfo.InvariantCulture, out var tid))
                {
                    threads[tid] = Ticks(Path.Combine(task, "stat"));
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The process or a thread ended while it was read: what was read stands.
        }

        return threads;
    }

    private static long Ticks(int pid) => Ticks($"/proc/{pid}/stat");

    private static long Ticks(string statFile)
    {
        try
        {
            var stat = File.ReadAllText(statFile);
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentOutOfRangeException)
        {
            return 0;
        }
    }
}
