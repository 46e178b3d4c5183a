namespace Network.Bench.Measuring;

/// <summary>Throughput and latency of one measured run.</summary>
public sealed record LatencySummary(
    int Concurrency,
    double Seconds,
    long Operations,
    long Errors,
    double OperationsPerSecond,
    double P50Ms,
    double P90Ms,
    double P99Ms,
    double MaxMs)
{
    /// <summary>Summarises latencies in milliseconds (the array is sorted in place).</summary>
    public static LatencySummary From(double[] latenciesMs, int concurrency, double seconds, long errors)
    {
        Array.Sort(latenciesMs);
        return new LatencySummary(
            concurrency,
            Math.Round(seconds, 3),
            latenciesMs.Length,
            errors,
            Math.Round(latenciesMs.Length / Math.Max(seconds, 1e-9), 1),
            Percentile(latenciesMs, 0.50),
            Percentile(latenciesMs, 0.90),
            Percentile(latenciesMs, 0.99),
            latenciesMs.Length == 0 ? 0 : Math.Round(latenciesMs[^1], 3));
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    public static double Percentile(double[] sorted, double p)
    {
        if (sorted.Length == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(p * sorted.Length) - 1;
        return Math.Round(sorted[Math.Clamp(rank, 0, sorted.Length - 1)], 3);
    }
}
