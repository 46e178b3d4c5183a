using Network.Bench.Generation;
using Network.Bench.Hosting;
using Network.Bench.Http;
using Network.Bench.Loading;
using Network.Bench.Results;

namespace Network.Bench.Benchmarks;

/// <summary>
/// <c>bench run</c>: the yardstick, the ceiling, durable intake and hand-off through the grains,
/// and memory per point, one after another on this machine, each bounded in time, all on
/// loopback; then the report.
/// </summary>
public static class BenchRunner
{
    public static async Task<BenchReport> RunAsync(BenchOptions options, string commandLine, CancellationToken cancellationToken)
    {
        var intakeShape = NetworkShape.Preset(options.IntakePreset);
        var network = NetworkGenerator.Build(intakeShape);
        var workload = new IntakeWorkload(network);

        // The yardstick first, on the bare server, then the project's schema: what pgbench measures
        // must not depend on the build being measured (docs/speed-yardstick.md).
        await using var postgres = await ThrowawayPostgres.StartAsync(cancellationToken, migrate: false);
        var pgbench = await PgBenchYardstick.RunAsync(postgres, clients: 64, threads: 2, options.Pgbench, cancellationToken);
        await postgres.MigrateAsync(cancellationToken);

        // Smoke only: the processes start while the grain-level part runs (their start-up would
        // disturb the measurements of a full run, so there they start when the HTTP part begins).
        var httpCluster = options.Http && options.Smoke ? HttpBenchRunner.StartAsync(postgres, options, cancellationToken) : null;
        GrainCallResult calls;
        IntakeRun promised, mix;
        ProxyHandOffResult handOff;
        StorageProbeResult probes;
        try
        {
            calls = await GrainCallCeiling.RunAsync(options.Callers, options.GrainCalls, options.WarmUp, cancellationToken);

            await using (var silo = await BenchSilo.StartAsync(postgres.ConnectionString, cancellationToken: cancellationToken))
            {
                await ProgressNetworkLoader.LoadAsync(silo.Grains, network.Points, network.Points.Count, $"define {options.IntakePreset} network on PostgreSQL", options.Parallelism, cancellationToken);
                await IntakeBenchmark.WarmUpAsync(silo, workload, options.Callers, options.WarmUp, cancellationToken);
                var pid = postgres.PostmasterPid;
                promised = await IntakeBenchmark.RunPromisedAsync(silo, workload, postgres.ConnectionString, pid, options.Callers, options.Intake, cancellationToken);
                mix = await IntakeBenchmark.RunMixAsync(silo, workload, postgres.ConnectionString, pid, options.Callers, options.Intake, cancellationToken);
                handOff = await ProxyHandOffBenchmark.RunAsync(silo, workload, pid, options.HandOffCallers, options.HandOff, cancellationToken);
                probes = await StorageProbes.RunAsync(silo, pid, options.Callers, options.Probe, cancellationToken);
            }
        }
        catch when (httpCluster is not null)
        {
            await StopQuietlyAsync(httpCluster);
            throw;
        }

        HttpReport? http = options.Http ? await HttpBenchRunner.RunAsync(options, postgres, pgbench, httpCluster, cancellationToken) : null;

        IntakeRun inMemory;
        await using (var silo = await BenchSilo.StartAsync(connectionString: null, cancellationToken: cancellationToken))
        {
            await ProgressNetworkLoader.LoadAsync(silo.Grains, network.Points, network.Points.Count, $"define {options.IntakePreset} network in memory", options.Parallelism, cancellationToken);
            await IntakeBenchmark.WarmUpAsync(silo, workload, options.Callers, options.WarmUp, cancellationToken);
            var run = await IntakeBenchmark.RunPromisedAsync(silo, workload, null, null, options.Callers, options.InMemoryIntake, cancellationToken);
            inMemory = run with { Name = "promised, all materials, in-memory matter store" };
        }

        var memory = await MemoryPerPointRuns.RunAsync(options.MemoryPresets, options.MemoryStorages, postgres, options.Parallelism, cancellationToken);

        return new BenchReport(
            DateTimeOffset.Now,
            options.Smoke ? "smoke" : "full",
            commandLine,
            MachineInfo.Current(),
            new Yardsticks(),
            pgbench,
            calls,
            intakeShape,
            promised,
            mix,
            inMemory,
            handOff,
            probes,
            memory,
            http,
            TargetsOf(pgbench, promised, mix, handOff, memory));
    }

    private static async Task StopQuietlyAsync(Task<HttpCluster> starting)
    {
        try
        {
            await (await starting).DisposeAsync();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // It failed to start: nothing to stop.
        }
    }

    private static Targets TargetsOf(PgBenchResult pgbench, IntakeRun promised, IntakeRun mix, ProxyHandOffResult handOff, IReadOnlyList<MemoryResult> memory)
    {
        var tps = Ratio(promised.Latency.OperationsPerSecond, pgbench.Tps);
        var p99 = Ratio(promised.Latency.P99Ms, pgbench.Latency.P99Ms);
        var p4 = Targets.P4Of(memory);
        return new Targets(
            tps,
            p99,
            tps >= Targets.P1TpsRatio && p99 <= Targets.P1P99Ratio && promised.Latency.Errors == 0,
            Ratio(mix.Latency.OperationsPerSecond, pgbench.Tps),
            Ratio(mix.Latency.P99Ms, pgbench.Latency.P99Ms),
            Ratio(handOff.HandOff.P99Ms, pgbench.Latency.P99Ms),
            p4?.BytesPerPointRatio,
            p4?.Met)
        {
            MemoryActivateSecondsRatio = p4?.ActivateSecondsRatio,
        };
    }

    private static double Ratio(double value, double reference) => reference > 0 ? Math.Round(value / reference, 3) : 0;
}
