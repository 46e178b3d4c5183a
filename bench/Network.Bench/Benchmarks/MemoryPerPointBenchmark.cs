using System.Diagnostics;
using System.Runtime;
using Network.Bench.Generation;
using Network.Bench.Hosting;
using Network.Bench.Loading;
using Network.Bench.Measuring;
using Network.Grains.Interfaces.Network;

namespace Network.Bench.Benchmarks;

/// <summary>
/// P4: memory per activated, idle service point. One in-process silo with memory grain storage
/// is given a whole generated network (points and catalogs, through <see cref="ProgressNetworkLoader"/>);
/// then every activation is collected, so only the stored state remains, and the heap is
/// measured after a full compacting GC. Every point is then activated with <c>GetProfile</c>
/// and measured again: the difference, over the number of points, is what an idle point costs
/// in a silo (its state, its activation, its directory entry).
/// </summary>
public static class MemoryPerPointBenchmark
{
    public static async Task<MemoryResult> RunAsync(string preset, NetworkShape shape, int parallelism, CancellationToken cancellationToken)
    {
        await using var silo = await BenchSilo.StartAsync(connectionString: null, keepIdleActivations: true, cancellationToken: cancellationToken);
        var loadWatch = Stopwatch.StartNew();
        await ProgressNetworkLoader.LoadAsync(silo.Grains, NetworkGenerator.Generate(shape), shape.Points, $"define {preset} network", parallelism, cancellationToken);
        var loadSeconds = loadWatch.Elapsed.TotalSeconds;

        var management = silo.Grains.GetGrain<IManagementGrain>(0);
        await management.ForceActivationCollection(TimeSpan.Zero);
        var idleActivations = await ActivationsAsync(management);
        var before = Snapshot.Take();

        var activated = 0;
        var activateWatch = Stopwatch.StartNew();
        using (var progress = new ConsoleProgress($"activate {preset} points (GetProfile)", shape.Points))
        {
            await Parallel.ForEachAsync(
                NetworkGenerator.Generate(shape).Select(p => p.Code),
                new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
                async (code, _) =>
                {
                    if (await silo.Grains.GetGrain<IServicePointGrain>(code).GetProfile() is not null)
                    {
                        Interlocked.Increment(ref activated);
                    }

                    progress.Advance();
                });
        }

        var activateSeconds = activateWatch.Elapsed.TotalSeconds;
        var after = Snapshot.Take();
        var activeActivations = await ActivationsAsync(management);
        var points = shape.Points;
        return new MemoryResult(
            preset,
            points,
            activated,
            idleActivations,
            activeActivations,
            Math.Round(loadSeconds, 1),
            Math.Round(activateSeconds, 1),
            before.ManagedBytes,
            after.ManagedBytes,
            before.WorkingSetBytes,
            after.WorkingSetBytes,
            Math.Round((double)(after.ManagedBytes - before.ManagedBytes) / points, 1),
            Math.Round((double)(after.WorkingSetBytes - before.WorkingSetBytes) / points, 1),
            GC.GetGCMemoryInfo().TotalCommittedBytes);
    }

    private static async Task<int> ActivationsAsync(IManagementGrain management) =>
        (await management.GetSimpleGrainStatistics()).Sum(s => s.ActivationCount);

    private sealed record Snapshot(long ManagedBytes, long WorkingSetBytes)
    {
        public static Snapshot Take()
        {
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            using var process = Process.GetCurrentProcess();
            process.Refresh();
            return new Snapshot(GC.GetTotalMemory(forceFullCollection: false), process.WorkingSet64);
        }
    }
}
