using Network.Bench.Benchmarks;
using Network.Bench.Generation;
using Network.Bench.Hosting;
using Network.Bench.Live;
using Network.Bench.Measuring;

namespace Network.Bench.Http;

/// <summary>
/// The HTTP part of <c>bench run</c> (issue 6.2): the real silo and gateway processes on a fresh
/// database of the bench's PostgreSQL, loaded with a generated network; P1 (promised, then the
/// realistic mix with the city monitor watching for P5), P2, P3 with its bare SignalR yardstick.
/// </summary>
public static class HttpBenchRunner
{
    /// <param name="started">The processes, if already being started (the smoke run overlaps their start with the grain-level part).</param>
    public static async Task<HttpReport> RunAsync(BenchOptions options, ThrowawayPostgres postgres, PgBenchResult pgbench, Task<HttpCluster>? started, CancellationToken cancellationToken)
    {
        var shape = options.HttpNetwork;
        var workload = new HttpWorkload(NetworkGenerator.Build(shape));
        var pid = postgres.PostmasterPid;
        await using var cluster = await (started ?? StartAsync(postgres, options, cancellationToken));
        using var client = new GatewayClient(cluster.Address, HttpCluster.DemoPassword);
        await HttpIntakeBenchmark.WarmUpAsync(client, workload, options.HttpCallers, options.HttpWarmUp, cancellationToken);

        var (promised, _) = await HttpIntakeBenchmark.RunAsync("promised, all materials", cluster, client, workload, _ => MatterMix.Kind.Promised, options.HttpCallers, options.HttpIntake, pid, cancellationToken);

        var (mix, staleness) = await CityStalenessBenchmark.RunAsync(cluster, client, workload, options.HttpCallers, options.HttpIntake, options.RollUpInterval, pid, cancellationToken);

        var handOff = await HttpHandOffBenchmark.RunAsync(cluster, client, workload, options.HandOffCallers, options.HandOff, pid, cancellationToken);
        var live = await LiveDelayBenchmark.RunAsync(cluster, client, workload, options.LiveClients, options.LiveCallers, options.LiveDuration, options.LiveRate, options.LiveSettle, pid, cancellationToken);
        return new HttpReport(shape, workload.City, options.HttpCallers, promised, mix, handOff, live, staleness, TargetsOf(pgbench, promised, mix, handOff, live, staleness, options.RollUpInterval));
    }

    /// <summary>Starts the silo and gateway processes for the HTTP part.</summary>
    public static async Task<HttpCluster> StartAsync(ThrowawayPostgres postgres, BenchOptions options, CancellationToken cancellationToken)
    {
        using var progress = new ConsoleProgress($"start silo + gateway processes ({options.HttpNetwork.Points} points, demo accounts)", 1, "steps");
        var cluster = await HttpCluster.StartAsync(postgres, options.HttpNetwork, options.RollUpInterval, cancellationToken);
        progress.Set(1);
        return cluster;
    }

    private static HttpTargets TargetsOf(PgBenchResult pgbench, HttpIntakeRun promised, HttpIntakeRun mix, HttpIntakeRun handOff, LiveDelayResult live, CityStalenessResult staleness, TimeSpan interval)
    {
        var tps = Ratio(mix.Latency.OperationsPerSecond, pgbench.Tps);
        var p99 = Ratio(mix.Latency.P99Ms, pgbench.Latency.P99Ms);
        var p2 = Ratio(handOff.Latency.P99Ms, pgbench.Latency.P99Ms);
        var p3 = Ratio(live.Gateway.DelayFromSent.P99Ms, live.Bare.DelayFromSent.P99Ms);
        var p3Returned = Ratio(live.Gateway.DelayFromReturned.P99Ms, live.Bare.DelayFromReturned.P99Ms);
        var p5 = Ratio(staleness.Staleness.P99Ms, interval.TotalMilliseconds);
        return new HttpTargets(
            tps,
            p99,
            tps >= 1.0 && p99 <= 3.0 && mix.Latency.Errors == 0,
            Ratio(promised.Latency.OperationsPerSecond, pgbench.Tps),
            Ratio(promised.Latency.P99Ms, pgbench.Latency.P99Ms),
            p2,
            p2 <= HttpTargets.P2P99Limit && handOff.Latency.Errors == 0,
            p3,
            p3Returned,
            p3 <= HttpTargets.P3P99Limit && live.Gateway.DeliveriesReceived == live.Gateway.DeliveriesExpected,
            p5,
            p5 <= HttpTargets.P5IntervalMultiple && interval <= TimeSpan.FromSeconds(1) && staleness.Staleness.Errors == 0);
    }

    private static double Ratio(double value, double reference) => reference > 0 ? Math.Round(value / reference, 3) : 0;
}
