using Network.Bench.Measuring;

namespace Network.Bench.Benchmarks;

/// <summary>
/// One intake run: its throughput and latency, what it wrote (matter and ledger rows, so
/// commits per matter follow), how many of each kind, and what it cost.
/// </summary>
public sealed record IntakeRun(
    string Name,
    LatencySummary Latency,
    long MatterRows,
    long LedgerRows,
    IReadOnlyDictionary<string, long> Kinds,
    ResourceSample Resources);
