using Network.Bench.Benchmarks;
using Network.Bench.Hosting;
using Network.Bench.Http;

namespace Network.Bench.Live;

/// <summary>
/// P5: the city monitor watches the city's subtree while the realistic mix runs at full load
/// (<see cref="HttpIntakeBenchmark"/>); each matter's staleness is measured by <see cref="CityMonitor"/>.
/// </summary>
public static class CityStalenessBenchmark
{
    public static async Task<(HttpIntakeRun Mix, CityStalenessResult Staleness)> RunAsync(
        HttpCluster cluster,
        GatewayClient client,
        HttpWorkload workload,
        int callers,
        TimeSpan duration,
        TimeSpan rollUpInterval,
        int postmasterPid,
        CancellationToken cancellationToken)
    {
        var monitorId = "m-" + workload.City;
        await using var monitor = await CityMonitor.ConnectAsync(client, workload.City, monitorId, cancellationToken);

        // Let every tier's roll-up settle before the baseline is read.
        await Task.Delay((rollUpInterval * 4) + TimeSpan.FromSeconds(1), cancellationToken);
        await monitor.TakeBaselineAsync(client, monitorId);
        var (mix, timings) = await HttpIntakeBenchmark.RunAsync("realistic mix", cluster, client, workload, HttpMix.Pick, callers, duration, postmasterPid, cancellationToken);
        await monitor.WaitForAsync(timings.Count, TimeSpan.FromSeconds(10), cancellationToken);
        var (summary, last, seen, final) = monitor.Measure(timings, mix.Latency.Seconds);
        return (mix, new CityStalenessResult(workload.City, monitorId, rollUpInterval.TotalMilliseconds, timings.Count, monitor.Baseline, final, seen, summary, last));
    }
}
