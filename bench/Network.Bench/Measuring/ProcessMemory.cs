using System.Globalization;

namespace Network.Bench.Measuring;

/// <summary>
/// A process's resident memory from <c>/proc/PID/status</c>, sampled every
/// <see cref="Interval"/> while a measurement runs: the resident set before, its peak during,
/// and the kernel's high-water mark (VmHWM) at the end.
/// </summary>
public sealed class ProcessMemory : IAsyncDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);
    private readonly int _pid;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private long _peak;

    private ProcessMemory(int pid)
    {
        _pid = pid;
        Before = Read(pid, "VmRSS:");
        _peak = Before;
        _sampling = Task.Run(SampleAsync);
    }

    /// <summary>Resident bytes when sampling started.</summary>
    public long Before { get; }

    /// <summary>The largest resident set seen so far.</summary>
    public long Peak => Interlocked.Read(ref _peak);

    public static ProcessMemory Watch(int pid) => new(pid);

    /// <summary>The kernel's peak resident set of the process's whole life (VmHWM).</summary>
    public static long HighWaterMark(int pid) => Read(pid, "VmHWM:");

    public static long Resident(int pid) => Read(pid, "VmRSS:");

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
    }

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                var now = Read(_pid, "VmRSS:");
                if (now > _peak)
                {
                    Interlocked.Exchange(ref _peak, now);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static long Read(int pid, string field)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith(field, StringComparison.Ordinal))
                {
                    var kb = line[field.Length..].Trim().Split(' ')[0];
                    return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }

        return 0;
    }
}
