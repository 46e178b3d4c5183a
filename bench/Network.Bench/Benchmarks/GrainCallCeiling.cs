using Network.Bench.Hosting;
using Network.Bench.Measuring;
using Network.Bench.Probes;

namespace Network.Bench.Benchmarks;

/// <summary>
/// The raw grain-call rate on the in-memory path: callers in the silo's process call trivial
/// grains (one per caller, so no grain is a queue), nothing is stored. This is the ceiling any
/// grain-level figure lives under.
/// </summary>
public static class GrainCallCeiling
{
    public static async Task<GrainCallResult> RunAsync(int callers, TimeSpan duration, TimeSpan warmUp, CancellationToken cancellationToken = default)
    {
        await using var silo = await BenchSilo.StartAsync(connectionString: null, cancellationToken: cancellationToken);
        var grains = Enumerable.Range(0, callers).Select(i => silo.Grains.GetGrain<IPingGrain>(i)).ToArray();
        var meter = ResourceSample.Start(postmasterPid: null);
        var summary = await TimedLoad.RunAsync(
            "grain calls (in-memory)",
            callers,
            duration,
            warmUp,
            async (caller, sequence) =>
            {
                await grains[caller].Ping((int)sequence);
                return null;
            },
            cancellationToken);
        return new GrainCallResult(summary, meter.Stop());
    }
}
