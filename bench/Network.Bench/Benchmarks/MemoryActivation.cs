using System.Diagnostics;
using Network.Bench.Generation;
using Network.Bench.Measuring;
using Network.Grains.Interfaces.Network;

namespace Network.Bench.Benchmarks;

/// <summary>
/// Activates every point of a generated network in a silo with <c>GetProfile</c> (which loads the
/// point's state from grain storage before it answers) and measures the silo's process around it.
/// </summary>
public static class MemoryActivation
{
    public static async Task<ActivationFigures> ActivateAllAsync(
        IGrainFactory grains,
        NetworkShape shape,
        string label,
        int parallelism,
        int? postmasterPid,
        CancellationToken cancellationToken)
    {
        var management = grains.GetGrain<IManagementGrain>(0);
        var activationsBefore = await ActivationsAsync(management);
        var before = MemorySnapshot.Take();

        var activated = 0;
        var meter = ResourceSample.Start(postmasterPid);
        var watch = Stopwatch.StartNew();
        using (var progress = new ConsoleProgress(label, shape.Points))
        {
            await Parallel.ForEachAsync(
                NetworkGenerator.Generate(shape).Select(p => p.Code),
                new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
                async (code, _) =>
                {
                    if (await grains.GetGrain<IServicePointGrain>(code).GetProfile() is not null)
                    {
                        Interlocked.Increment(ref activated);
                    }

                    progress.Advance();
                });
        }

        var seconds = watch.Elapsed.TotalSeconds;
        var resources = meter.Stop();
        var after = MemorySnapshot.Take();
        var activationsAfter = await ActivationsAsync(management);
        return new ActivationFigures(
            activated,
            activationsBefore,
            activationsAfter,
            Math.Round(seconds, 1),
            before.ManagedBytes,
            after.ManagedBytes,
            before.WorkingSetBytes,
            after.WorkingSetBytes,
            GC.GetGCMemoryInfo().TotalCommittedBytes,
            resources)
        {
            PostgresBytesAtEnd = postmasterPid is { } pid ? PostgresMemory.ProportionalBytes(pid) : null,
        };
    }

    private static async Task<int> ActivationsAsync(IManagementGrain management) =>
        (await management.GetSimpleGrainStatistics()).Sum(s => s.ActivationCount);
}
