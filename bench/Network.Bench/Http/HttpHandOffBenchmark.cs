using Network.Bench.Hosting;
using Network.Bench.Measuring;

namespace Network.Bench.Http;

/// <summary>
/// P2 through HTTP: a village matter decided by the city is taken in (not timed), then handed up
/// by the village clerk, handed up by a township clerk and decided by a city clerk; the three
/// calls together are one hand-off.
/// </summary>
public static class HttpHandOffBenchmark
{
    public static async Task<HttpIntakeRun> RunAsync(HttpCluster cluster, GatewayClient client, HttpWorkload workload, int callers, TimeSpan duration, int postmasterPid, CancellationToken cancellationToken)
    {
        var meter = ResourceSample.Start(postmasterPid);
        var cpu = ProcessCpu.Start(HttpIntakeBenchmark.Pids(cluster));
        var latency = await TimedLoad.RunAsync(
            $"HTTP hand-off village→township→city, {callers} clients",
            callers,
            duration,
            TimeSpan.Zero,
            async (caller, sequence) => await workload.HandOffAsync(client, (sequence * callers) + caller),
            cancellationToken);
        var cores = cpu.Stop();
        return new HttpIntakeRun("proxy hand-off (hand-up, hand-up, decide)", latency, 0, 0, new Dictionary<string, long>(), meter.Stop(), cores);
    }
}
