using System.Diagnostics;
using System.Globalization;

namespace Network.Bench.Measuring;

/// <summary>
/// What a run cost, as evidence of what limits it: CPU from /proc, by this process (silo and
/// callers) and by the PostgreSQL server (the postmaster and its backends), in cores; and this
/// process's garbage collector (allocation rate, share of time paused, collections).
/// </summary>
public sealed record ResourceSample(
    double Seconds,
    double BenchProcessCores,
    double PostgresCores,
    int MachineCores,
    double AllocatedMbPerSecond,
    double GcPausePercent,
    int Gen0Collections,
    int Gen1Collections,
    int Gen2Collections)
{
    /// <summary>Both sides' use over the machine's cores (1.0 = every core busy).</summary>
    public double MachineBusy => Math.Round((BenchProcessCores + PostgresCores) / MachineCores, 3);

    public static Meter Start(int? postmasterPid) => new(postmasterPid);

    /// <summary>Measures between <see cref="Start"/> and <see cref="Stop"/>.</summary>
    public sealed class Meter
    {
        private readonly int? _postmaster;
        private readonly long _started = Stopwatch.GetTimestamp();
        private readonly TimeSpan _ownStart = Process.GetCurrentProcess().TotalProcessorTime;
        private readonly double _postgresStart;
        private readonly long _allocated = GC.GetTotalAllocatedBytes();
        private readonly TimeSpan _paused = GC.GetTotalPauseDuration();
        private readonly int[] _collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];

        internal Meter(int? postmasterPid)
        {
            _postmaster = postmasterPid;
            _postgresStart = PostgresSeconds();
        }

        public ResourceSample Stop()
        {
            var seconds = Stopwatch.GetElapsedTime(_started).TotalSeconds;
            var own = (Process.GetCurrentProcess().TotalProcessorTime - _ownStart).TotalSeconds;
            var postgres = PostgresSeconds() - _postgresStart;
            return new ResourceSample(
                Math.Round(seconds, 2),
                Math.Round(own / seconds, 3),
                Math.Round(Math.Max(postgres, 0) / seconds, 3),
                Environment.ProcessorCount,
                Math.Round((GC.GetTotalAllocatedBytes() - _allocated) / seconds / (1 << 20), 1),
                Math.Round(100 * (GC.GetTotalPauseDuration() - _paused).TotalSeconds / seconds, 2),
                GC.CollectionCount(0) - _collections[0],
                GC.CollectionCount(1) - _collections[1],
                GC.CollectionCount(2) - _collections[2]);
        }

        private double PostgresSeconds()
        {
            if (_postmaster is not { } root || !OperatingSystem.IsLinux())
            {
                return 0;
            }

            var ticks = 0L;
            foreach (var dir in Directory.EnumerateDirectories("/proc"))
            {
                if (!int.TryParse(Path.GetFileName(dir), out var pid))
                {
                    continue;
                }

                try
                {
                    var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                    // Fields after the command name (which may hold spaces) start at the last ')'.
                    var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                    var parent = int.Parse(fields[1], CultureInfo.InvariantCulture);
                    if (pid == root || parent == root)
                    {
                        ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                    }
                }
                catch (IOException)
                {
                    // The process ended while we looked.
                }
            }

            return ticks / 100.0; // USER_HZ is 100 on Linux.
        }
    }
}
