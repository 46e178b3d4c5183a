using Network.Bench.Measuring;

namespace Network.Bench.Http;

/// <summary>
/// One timed HTTP run: latency of each operation as the client saw it, rows written, matters per
/// kind, and CPU — the bench process (clients), PostgreSQL, other processes, and the silo and
/// gateway processes in <see cref="ProcessCores"/>.
/// </summary>
public sealed record HttpIntakeRun(
    string Name,
    LatencySummary Latency,
    long MatterRows,
    long LedgerRows,
    IReadOnlyDictionary<string, long> Kinds,
    ResourceSample Resources,
    IReadOnlyDictionary<string, double> ProcessCores)
{
    /// <summary>Each process's garbage-collector pauses in the window (the bench, the silo, the gateway).</summary>
    public IReadOnlyDictionary<string, GcSummary>? Gc { get; init; }
}
