using System.Diagnostics;
using Network.Bench.Generation;
using Network.Bench.Hosting;
using Network.Bench.Loading;
using Network.Bench.Measuring;

namespace Network.Bench.Benchmarks;

/// <summary>
/// P4 with memory grain storage: one in-process silo is given a whole generated network (points
/// and catalogs, through <see cref="ProgressNetworkLoader"/>); then every activation is
/// collected, so only the stored state remains, and every point is activated again
/// (<see cref="MemoryActivation"/>): the heap's growth over the number of points is what an idle
/// point costs in a silo (its state, its activation, its directory entry).
/// <see cref="MemoryPerPointPostgresBenchmark"/> is the same through PostgreSQL.
/// </summary>
public static class MemoryPerPointBenchmark
{
    public static async Task<MemoryResult> RunAsync(string preset, NetworkShape shape, int parallelism, CancellationToken cancellationToken)
    {
        var load = LoadAverage.Now();
        await using var silo = await BenchSilo.StartAsync(connectionString: null, keepIdleActivations: true, cancellationToken: cancellationToken);
        var loadWatch = Stopwatch.StartNew();
        await ProgressNetworkLoader.LoadAsync(silo.Grains, NetworkGenerator.Generate(shape), shape.Points, $"define {preset} network in memory", parallelism, cancellationToken);
        var defineSeconds = loadWatch.Elapsed.TotalSeconds;

        await silo.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var figures = await MemoryActivation.ActivateAllAsync(silo.Grains, shape, $"activate {preset} points from memory storage (GetProfile)", parallelism, postmasterPid: null, cancellationToken);
        return MemoryResult.From(preset, shape.Points, defineSeconds, figures) with
        {
            Storage = MemoryResult.MemoryStorage,
            LoadAverageBefore = load,
            LoadAverageAfter = LoadAverage.Now(),
        };
    }
}
