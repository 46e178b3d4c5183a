using System.Diagnostics;
using System.Globalization;

namespace Network.Bench.Measuring;

/// <summary>
/// What a run cost, as evidence of what limits it: CPU from /proc, by this process (silo and
/// callers), by the PostgreSQL server (the postmaster, its backends, pgbench) and by every other
/// process of the machine (other work disturbing the run), in cores; and this
/// process's garbage collector (allocation rate, share of time paused, collections).
/// </summary>
public sealed record ResourceSample(
    double Seconds,
    double BenchProcessCores,
    double PostgresCores,
    int MachineCores,
    double OtherProcessesCores,
    double AllocatedMbPerSecond,
    double GcPausePercent,
    int Gen0Collections,
    int Gen1Collections,
    int Gen2Collections)
{
    /// <summary>Everything's use over the machine's cores (1.0 = every core busy), other processes included.</summary>
    public double MachineBusy => Math.Round((BenchProcessCores + PostgresCores + OtherProcessesCores) / MachineCores, 3);

    public static Meter Start(int? postmasterPid) => new(postmasterPid);

    /// <summary>Measures between <see cref="Start"/> and <see cref="Meter.Stop"/>, polling /proc twice a second.</summary>
    public sealed class Meter
    {
        private readonly int? _postmaster;
        private readonly long _started = Stopwatch.GetTimestamp();
        private readonly TimeSpan _ownStart = Process.GetCurrentProcess().TotalProcessorTime;
        private readonly long _allocated = GC.GetTotalAllocatedBytes();
        private readonly TimeSpan _paused = GC.GetTotalPauseDuration();
        private readonly int[] _collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        private readonly long _machineBusyStart = MachineBusyTicks();
        private readonly Dictionary<int, (long First, long Last)> _postgres = [];
        private readonly Timer _poll;
        private int _polls;

        internal Meter(int? postmasterPid)
        {
            _postmaster = postmasterPid;
            Poll();
            _poll = new Timer(_ => Poll(), null, 500, 500);
        }

        public ResourceSample Stop()
        {
            _poll.Dispose();
            _polls = 0; // the last look is at every process
            Poll();
            var seconds = Stopwatch.GetElapsedTime(_started).TotalSeconds;
            var own = (Process.GetCurrentProcess().TotalProcessorTime - _ownStart).TotalSeconds;
            double postgres;
            lock (_postgres)
            {
                postgres = _postgres.Values.Sum(v => v.Last - v.First) / 100.0; // USER_HZ is 100 on Linux.
            }

            var machine = (MachineBusyTicks() - _machineBusyStart) / 100.0;
            return new ResourceSample(
                Math.Round(seconds, 2),
                Math.Round(own / seconds, 3),
                Math.Round(postgres / seconds, 3),
                Environment.ProcessorCount,
                Math.Round(Math.Max(machine - own - postgres, 0) / seconds, 3),
                Math.Round((GC.GetTotalAllocatedBytes() - _allocated) / seconds / (1 << 20), 1),
                Math.Round(100 * (GC.GetTotalPauseDuration() - _paused).TotalSeconds / seconds, 2),
                GC.CollectionCount(0) - _collections[0],
                GC.CollectionCount(1) - _collections[1],
                GC.CollectionCount(2) - _collections[2]);
        }

        /// <summary>
        /// CPU ticks of every process of the PostgreSQL server (the postmaster, its backends) and
        /// of pgbench; a process seen first after the start counts from zero, and one that exits
        /// keeps what it had at the last poll.
        /// </summary>
        private void Poll()
        {
            if (_postmaster is not { } root || !OperatingSystem.IsLinux())
            {
                return;
            }

            // The server's processes are the postmaster's children (its backends), found every 5 s
            // from the kernel's list of them, and pgbench is a child (or grandchild) of this process: reading every
            // /proc/*/stat instead cost the bench process 6-8 % of its CPU on a machine running many
            // processes, taken from the silo it measures. In between only the ones already found.
            var everything = _polls++ % 10 == 0;
            int[] known;
            lock (_postgres)
            {
                known = [.. _postgres.Keys];
            }

            IEnumerable<int> pids = everything ? ServerProcesses(root, known) : known;
            foreach (var pid in pids)
            {
                try
                {
                    var stat = File.ReadAllText($"/proc/{pid}/stat");
                    var name = stat[(stat.IndexOf('(') + 1)..stat.LastIndexOf(')')];
                    // Fields after the command name (which may hold spaces) start at the last ')'.
                    var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                    var parent = int.Parse(fields[1], CultureInfo.InvariantCulture);
                    if (pid == root || parent == root || name == "pgbench")
                    {
                        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                        lock (_postgres)
                        {
                            _postgres[pid] = _postgres.TryGetValue(pid, out var seen) ? (seen.First, ticks) : (FirstTicks(ticks), ticks);
                        }
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentOutOfRangeException)
                {
                    // The process ended while we looked.
                }
            }
        }

        /// <summary>The postmaster, its children, this process's children and theirs (pgbench runs under runuser when the bench is root), and those already known.</summary>
        private static HashSet<int> ServerProcesses(int root, int[] known)
        {
            var mine = ChildrenOf(Environment.ProcessId).ToArray();
            return [root, .. ChildrenOf(root), .. mine, .. mine.SelectMany(ChildrenOf), .. known];
        }

        /// <summary>The processes <paramref name="pid"/>'s threads started (<c>/proc/PID/task/TID/children</c>).</summary>
        internal static IEnumerable<int> ChildrenOf(int pid)
        {
            string[] tasks;
            try
            {
                tasks = Directory.GetDirectories($"/proc/{pid}/task");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return [];
            }

            var children = new List<int>();
            foreach (var task in tasks)
            {
                try
                {
                    foreach (var child in File.ReadAllText(Path.Combine(task, "children")).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        children.Add(int.Parse(child, CultureInfo.InvariantCulture));
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // The thread ended while we looked.
                }
            }

            return children;
        }

        private long FirstTicks(long ticks) => Stopwatch.GetElapsedTime(_started) < TimeSpan.FromMilliseconds(100) ? ticks : 0;

        /// <summary>Busy ticks of the whole machine (/proc/stat: all but idle and iowait).</summary>
        private static long MachineBusyTicks()
        {
            if (!File.Exists("/proc/stat"))
            {
                return 0;
            }

            var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
                .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
            return fields.Take(8).Sum() - fields[3] - fields[4];
        }
    }
}
