using Network.Bench.Measuring;

namespace Network.Bench.Benchmarks;

/// <summary>The trivial grain's call rate and latency, and the CPU it took.</summary>
public sealed record GrainCallResult(LatencySummary Calls, ResourceSample Resources);
