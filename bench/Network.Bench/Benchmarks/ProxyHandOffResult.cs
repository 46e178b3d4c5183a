using Network.Bench.Measuring;

namespace Network.Bench.Benchmarks;

/// <summary>Latency of the whole hand-off chain (three commits), per matter.</summary>
public sealed record ProxyHandOffResult(LatencySummary HandOff, ResourceSample Resources);
