using System.Globalization;
using Network.Bench.Hosting;
using Network.Bench.Measuring;
using Network.Bench.Probes;
using Network.Grains.Interfaces;

namespace Network.Bench.Benchmarks;

/// <summary>
/// What Orleans itself costs per matter on this machine, with none of the project's work: a call to
/// an active grain, a call that activates a new grain (each matter is one), and a new activation that
/// makes <see cref="MatterFanOut"/> calls to active grains before it answers (about what a matter's
/// intake asks of other grains). Callers in the silo's process, in-memory, nothing stored. The CPU per
/// operation is a floor under any grain-level intake: no design with a grain per case spends less.
/// </summary>
public static class OrleansFloor
{
    /// <summary>Grain calls an intake makes to other, already-active grains (point, catalog, window, publisher, …).</summary>
    public const int MatterFanOut = 6;

    public static async Task<IReadOnlyList<FloorPhase>> RunAsync(int callers, TimeSpan duration, TimeSpan warmUp, CancellationToken cancellationToken = default)
    {
        await using var silo = await BenchSilo.StartAsync(connectionString: null, cancellationToken: cancellationToken);
        var active = Enumerable.Range(0, callers).Select(i => silo.Grains.GetGrain<IPingGrain>(i)).ToArray();
        long fresh = 0;
        string NextKey() => "case/" + Interlocked.Increment(ref fresh).ToString(CultureInfo.InvariantCulture);

        var phases = new List<FloorPhase>
        {
            await MeasureAsync("call to an active grain", callers, duration, warmUp, async (caller, sequence) => await active[caller].Ping((int)sequence), cancellationToken),
            await MeasureAsync("call activating a new grain", callers, duration, warmUp, async (_, _) => await silo.Grains.Reference<IFreshCaseGrain>(NextKey()).Open(0), cancellationToken),
            await MeasureAsync($"new grain + {MatterFanOut} calls to active grains", callers, duration, warmUp, async (_, _) => await silo.Grains.Reference<IFreshCaseGrain>(NextKey()).Open(MatterFanOut), cancellationToken),
        };
        return phases;
    }

    private static async Task<FloorPhase> MeasureAsync(string name, int callers, TimeSpan duration, TimeSpan warmUp, Func<int, long, Task> call, CancellationToken cancellationToken)
    {
        if (warmUp > TimeSpan.Zero)
        {
            await TimedLoad.RunAsync(name + " (warm-up)", callers, warmUp, TimeSpan.Zero, Once(call), cancellationToken);
        }

        var meter = ResourceSample.Start(postmasterPid: null);
        var latency = await TimedLoad.RunAsync(name, callers, duration, TimeSpan.Zero, Once(call), cancellationToken);
        return FloorPhase.Of(name, latency, meter.Stop());
    }

    private static Func<int, long, Task<double?>> Once(Func<int, long, Task> call) => async (caller, sequence) =>
    {
        await call(caller, sequence);
        return null;
    };
}
