using Network.Bench.Measuring;

namespace Network.Bench.Benchmarks;

/// <summary>
/// pgbench's own TPS figure, the latencies from its per-transaction log, the CPU it took, and what
/// the server did in the window besides (<see cref="PgBenchServerWork"/>; null when it could not be read), and
/// whether the project's schema was on the server when it ran (<c>bench run</c> measures before migrating).
/// </summary>
public sealed record PgBenchResult(string Command, double Tps, LatencySummary Latency, ResourceSample Resources, PgBenchServerWork? ServerWork = null, bool? OnMigratedServer = null)
{
    /// <summary>CPU ms of the server and pgbench per transaction: the load-independent figure (ratios divide by <see cref="Tps"/>).</summary>
    public double PostgresMsPerTransaction => Tps > 0 ? Math.Round(Resources.PostgresCores / Tps * 1000, 3) : 0;

    /// <summary>WAL records the whole server wrote per pgbench transaction in the window (pgbench -N alone writes 4–5).</summary>
    public double? WalRecordsPerTransaction => ServerWork is { } w && Latency.Operations > 0 ? Math.Round((double)w.WalRecords / Latency.Operations, 2) : null;
}
