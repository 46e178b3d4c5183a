using System.Diagnostics;

namespace Network.Bench.Measuring;

/// <summary>
/// Runs <c>concurrency</c> callers in a closed loop for a fixed time, each awaiting one
/// operation after another, and records every operation's latency. A warm-up runs first and is
/// not counted. Failed operations are counted, not timed.
/// </summary>
public static class TimedLoad
{
    /// <param name="operation">One operation of caller <c>callerIndex</c>, its <c>sequence</c>-th.</param>
    /// <param name="timedPart">
    /// Optional: the operation measures its own latency (returned in ms), e.g. when only part of it
    /// is the figure wanted; otherwise the whole call is timed.
    /// </param>
    public static async Task<LatencySummary> RunAsync(
        string label,
        int concurrency,
        TimeSpan duration,
        TimeSpan warmUp,
        Func<int, long, Task<double?>> operation,
        CancellationToken cancellationToken = default)
    {
        if (warmUp > TimeSpan.Zero)
        {
            await RunCallersAsync(label + " (warm-up)", concurrency, warmUp, operation, record: false, cancellationToken);
        }

        return await RunCallersAsync(label, concurrency, duration, operation, record: true, cancellationToken);
    }

    private static async Task<LatencySummary> RunCallersAsync(
        string label,
        int concurrency,
        TimeSpan duration,
        Func<int, long, Task<double?>> operation,
        bool record,
        CancellationToken cancellationToken)
    {
        var latencies = new List<double>[concurrency];
        long errors = 0;
        long operations = 0;
        string? firstError = null;
        var stopAt = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        {
            using var progress = new ConsoleProgress(
                label,
                (long)duration.TotalSeconds,
                "s",
                () => $"{Interlocked.Read(ref operations):N0} ops, {Interlocked.Read(ref operations) / Math.Max(Stopwatch.GetElapsedTime(started).TotalSeconds, 0.001):N0} ops/s, {Interlocked.Read(ref errors)} errors");
            using var ticker = new Timer(_ => progress.Set((long)Stopwatch.GetElapsedTime(started).TotalSeconds), null, 0, 200);
            var callers = Enumerable.Range(0, concurrency).Select(caller => Task.Run(
                async () =>
                {
                    var mine = latencies[caller] = new List<double>(4096);
                    long sequence = 0;
                    while (Stopwatch.GetTimestamp() < stopAt && !cancellationToken.IsCancellationRequested)
                    {
                        var begin = Stopwatch.GetTimestamp();
                        try
                        {
                            var own = await operation(caller, sequence++);
                            if (record)
                            {
                                mine.Add(own ?? Stopwatch.GetElapsedTime(begin).TotalMilliseconds);
                            }

                            Interlocked.Increment(ref operations);
                        }
                        catch (Exception e) when (e is not OperationCanceledException)
                        {
                            Interlocked.Increment(ref errors);
                            Interlocked.CompareExchange(ref firstError, $"{e.GetType().Name}: {e.Message}", null);
                        }
                    }
                },
                cancellationToken)).ToArray();
            await Task.WhenAll(callers);
        }

        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        if (firstError is not null && ConsoleProgress.Enabled)
        {
            Console.WriteLine($"  first error of {label}: {firstError}");
        }

        return LatencySummary.From(latencies.SelectMany(l => l ?? []).ToArray(), concurrency, elapsed, errors);
    }
}
