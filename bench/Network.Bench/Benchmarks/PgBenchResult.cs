using Network.Bench.Measuring;

namespace Network.Bench.Benchmarks;

/// <summary>pgbench's own TPS figure, the latencies from its per-transaction log, and the CPU it took.</summary>
public sealed record PgBenchResult(string Command, double Tps, LatencySummary Latency, ResourceSample Resources);
