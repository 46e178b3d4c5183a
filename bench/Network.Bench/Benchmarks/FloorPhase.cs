using Network.Bench.Measuring;

namespace Network.Bench.Benchmarks;

/// <summary>One phase of <c>bench floor</c>: its rate and latency, what it cost, and that cost per operation.</summary>
/// <param name="CpuMsPerOperation">The bench process's CPU (silo and callers) per operation, in milliseconds.</param>
/// <param name="KbAllocatedPerOperation">Bytes allocated by the process per operation, in KiB.</param>
public sealed record FloorPhase(string Name, LatencySummary Latency, ResourceSample Resources, double CpuMsPerOperation, double KbAllocatedPerOperation)
{
    public static FloorPhase Of(string name, LatencySummary latency, ResourceSample resources)
    {
        var perSecond = Math.Max(latency.OperationsPerSecond, 1e-9);
        return new FloorPhase(
            name,
            latency,
            resources,
            Math.Round(resources.BenchProcessCores / perSecond * 1000, 4),
            Math.Round(resources.AllocatedMbPerSecond * 1024 / perSecond, 2));
    }
}
